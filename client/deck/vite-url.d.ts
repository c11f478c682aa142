// Vite's `?url` imports: the built asset's URL on Vonk's own origin.
declare module '*?url' {
  const url: string;
  export default url;
}
