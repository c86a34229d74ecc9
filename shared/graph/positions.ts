// Layout positions by actor id: computed once on the server (server/layout), carried in the
// temporal payload, drawn by the client.
export interface Point {
  x: number;
  y: number;
}
export type Positions = Record<string, Point>;
