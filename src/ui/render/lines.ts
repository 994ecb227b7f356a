/** One screen line of a pane: text already inert and cut to width, plus how to style it. */
export interface Line {
  text: string;
  color?: string;
  dim?: boolean;
  bold?: boolean;
  inverse?: boolean;
}
