// Dutch texts of the rotation follow-ups (ROT-30…45): the harvest per visit, the late group's
// reason on the overview, a visit that the plan does not bring here.

export const nlRot3 = {
  'csv.col.visit': 'bezoek',
  'rot3.visit.from': 'vanaf {time}',
  'rot3.visit.outside': 'Buiten de bezoeken',
  'rot3.visit.nothing': 'Niets binnengekomen in dit bezoek.',
};
