// A slide on the phone: its title and text, or "look at the screen" for the join slide (SLIDE-4).
import type { SlideActivity } from '../../../shared/model.js';
import { SlideText } from './SlideText.js';

export function SlidePhone({ slide }: { slide: SlideActivity }) {
  return <SlideText slide={slide} class="slide-phone" />;
}
