// The view state (date, focus, selection, filters): what the URL holds. Parse and serialize
// are pure; state/url-sync.ts is the only code that touches location and history.
import { IsoDate, RELATION_TYPES } from '../../shared/model/schemas.ts';
import { parseShiftsQuery, writeShiftsQuery, type ShiftsQuery } from './shifts-query.ts';

// 'alliance' (a treaty alliance from COW/ATOP data) is drawn like an organization, and can be
// shown or hidden apart from the organizations (its toggle appears when the data has one).
export type Kind = 'state' | 'organization' | 'alliance';
export const KINDS: readonly Kind[] = ['state', 'organization', 'alliance'];

/** Where dragged actors sit (model coordinates, whole units), by actor id. */
export type Positions = Record<string, { x: number; y: number }>;

export interface ViewState {
  /** The slider's date; null means "the latest date" (today). */
  at: string | null;
  /** The actor whose details are open. */
  focus: string | null;
  /** The selected relation (edge and table row). */
  rel: string | null;
  /** Relation types shown; null means all. */
  types: string[] | null;
  /** Actor kinds shown; null means both. */
  kinds: Kind[] | null;
  /** Hide actors that have no active relation at the date. */
  hideIsolated: boolean;
  /** Two actors whose connection is traced at the date (path=ARM,CHN). */
  path: [string, string] | null;
  /** A second date: the graph at `at` shows what changed since (or until) this one. */
  compare: string | null;
  /** Node sizes by a centrality measure at the date; null: the usual sizes. */
  size: SizeMeasure | null;
  /** The open tab of the side panel. */
  panel: PanelId;
  /** The camera fits the drawn actors at each date (off after a pan or zoom by hand). */
  follow: boolean;
  /** Organizations drawn as groups around their members; null: the dataset's default. */
  groups: string[] | null;
  /** Organizations with fewer members at the date are not drawn (0: all). */
  minMembers: number;
  /** 'states': the states-only view, states linked by the organizations they share. */
  graph: GraphMode;
  /** States-only view: a link needs at least this many shared organizations. */
  share: number;
  /**
   * Neighbourhood mode (as in Neo4j Bloom): the actors expanded so far, the first the one it
   * started from; only their relations at the date and the actors at the other ends are
   * drawn. Null: the whole graph.
   */
  hood: string[] | null;
  /** The console's last run query and its parameters box (JSON text), so a link re-opens them. */
  cypher: string | null;
  cypherParams: string | null;
  /** The shifts panel's last ranking: toward whom, between which dates, by which measure. */
  shifts: ShiftsQuery | null;
  /** Where the person zoomed and panned to (zoom to 2 decimals, pan to whole pixels); null: fitted. */
  camera: Camera | null;
  /**
   * The organizations (and alliances) chosen to be drawn, with their members; null: all. Other
   * organizations are not drawn; states appear when related to a chosen one.
   */
  orgs: string[] | null;
  /** Actors the person dragged, where they left them (rounded); null: none moved. */
  pos: Positions | null;
}

export interface Camera {
  zoom: number;
  x: number;
  y: number;
}

/** A camera as the URL keeps it: short, so a shared link stays readable. */
export function roundCamera(c: Camera): Camera {
  return { zoom: Math.round(c.zoom * 100) / 100, x: Math.round(c.x), y: Math.round(c.y) };
}

/** The longest console query a URL carries (the server's own limit is larger; a URL stays sane). */
export const MAX_URL_QUERY = 4000;

export type GraphMode = 'all' | 'states';

export type SizeMeasure = 'degree' | 'betweenness';
export const SIZE_MEASURES: readonly SizeMeasure[] = ['degree', 'betweenness'];
export type PanelId = 'details' | 'paths' | 'shifts' | 'compare' | 'console';
export const PANELS: readonly PanelId[] = ['details', 'paths', 'shifts', 'compare', 'console'];

export const DEFAULT_STATE: ViewState = {
  at: null,
  focus: null,
  rel: null,
  types: null,
  kinds: null,
  hideIsolated: true,
  path: null,
  compare: null,
  size: null,
  panel: 'details',
  follow: true,
  groups: null,
  minMembers: 0,
  graph: 'all',
  share: 1,
  hood: null,
  cypher: null,
  cypherParams: null,
  shifts: null,
  camera: null,
  orgs: null,
  pos: null,
};

/** At most this many expanded actors in a neighbourhood (and in its URL). */
export const MAX_HOOD = 100;

/** At most this many organizations chosen to be drawn (and in the URL's orgs=). */
export const MAX_ORGS = 200;

/**
 * The longest pos= a URL carries (about 100 moved actors). Past it the link leaves positions
 * out (the browser keeps them, and the JSON export carries them): a shared link stays sane.
 */
export const MAX_URL_POS = 2000;

const POS_LIMIT = 1e6;

/** Positions rounded to whole model units, as the URL keeps them. */
export function roundPositions(pos: Positions): Positions {
  const out: Positions = {};
  for (const id of Object.keys(pos).sort()) {
    const p = pos[id]!;
    out[id] = { x: Math.round(p.x) || 0, y: Math.round(p.y) || 0 };
  }
  return out;
}

/** pos= text: `KAZ:12,-40;UZB:3,7`, ids sorted. */
export function formatPositions(pos: Positions): string {
  return Object.entries(roundPositions(pos))
    .map(([id, p]) => `${id}:${p.x},${p.y}`)
    .join(';');
}

/** Reads pos= text; malformed entries are dropped, an empty result is null. */
export function parsePositionsParam(text: string | null): Positions | null {
  if (text === null || text.length > MAX_URL_POS) return null;
  const out: Positions = {};
  for (const part of text.split(';')) {
    const m = /^([A-Za-z0-9_-]{1,64}):(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(part.trim());
    if (!m) continue;
    const x = Number(m[2]);
    const y = Number(m[3]);
    if (Math.abs(x) <= POS_LIMIT && Math.abs(y) <= POS_LIMIT) out[m[1]!] = { x, y };
  }
  return Object.keys(out).length > 0 ? roundPositions(out) : null;
}

/** Whether the positions fit in a link (else the URL leaves them out). */
export function positionsFitUrl(pos: Positions): boolean {
  return formatPositions(pos).length <= MAX_URL_POS;
}

/** A small non-negative integer from the URL, or the fallback. */
function count(value: string | null, fallback: number, max = 10_000): number {
  if (value === null || !/^\d{1,5}$/.test(value)) return fallback;
  return Math.min(max, Number(value));
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const KNOWN_TYPES: ReadonlySet<string> = new Set(RELATION_TYPES);

function list(value: string | null): string[] | null {
  if (value === null) return null;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The known types of a types= list. A list naming no known type at all means all types, not
 * none: `types=FOO` is a mistake to report (unknownTypes), not a request for an empty graph.
 */
function knownTypes(types: string[] | null): string[] | null {
  if (types === null) return null;
  const known = [...new Set(types.map((t) => t.toUpperCase()).filter((t) => KNOWN_TYPES.has(t)))];
  return known.length === 0 && types.length > 0 ? null : known;
}

/** The names in a query string's types= that are not relation types, as written. */
export function unknownTypes(search: string): string[] {
  return (list(new URLSearchParams(search).get('types')) ?? []).filter((t) => !KNOWN_TYPES.has(t.toUpperCase()));
}

function parseCamera(zoom: string | null, pan: string[] | null): Camera | null {
  if (zoom === null || !pan || pan.length !== 2) return null;
  const [z, x, y] = [Number(zoom), Number(pan[0]), Number(pan[1])];
  if (![z, x, y].every(Number.isFinite) || z < 0.01 || z > 100 || Math.abs(x) > 1e7 || Math.abs(y) > 1e7) return null;
  return roundCamera({ zoom: z, x, y });
}

/** Reads a view state from a query string; anything malformed falls back to the default. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const at = p.get('at');
  const focus = p.get('focus');
  const rel = p.get('rel');
  const types = list(p.get('types'));
  const kinds = list(p.get('kinds'));
  const ends = list(p.get('path'));
  const compare = p.get('compare');
  const size = p.get('size');
  const panel = p.get('panel');
  const groups = list(p.get('groups'));
  const text = (v: string | null): string | null => (v !== null && v.trim() && v.length <= MAX_URL_QUERY ? v : null);
  return {
    at: at !== null && IsoDate.safeParse(at).success ? at : null,
    focus: focus !== null && ID.test(focus) ? focus : null,
    rel: rel !== null && ID.test(rel) ? rel : null,
    types: knownTypes(types),
    kinds: kinds === null ? null : KINDS.filter((k) => kinds.includes(k)),
    hideIsolated: p.get('isolated') !== 'show',
    path: ends && ends.length === 2 && ends.every((e) => ID.test(e)) && ends[0] !== ends[1] ? [ends[0] as string, ends[1] as string] : null,
    compare: compare !== null && IsoDate.safeParse(compare).success ? compare : null,
    size: SIZE_MEASURES.find((m) => m === size) ?? null,
    panel: PANELS.find((x) => x === panel) ?? 'details',
    follow: p.get('follow') !== '0',
    groups: groups === null ? null : [...new Set(groups.filter((g) => ID.test(g)))],
    minMembers: count(p.get('min'), 0),
    graph: p.get('graph') === 'states' ? 'states' : 'all',
    share: Math.max(1, count(p.get('share'), 1)),
    hood: hoodOf(list(p.get('hood'))),
    cypher: text(p.get('q')),
    cypherParams: text(p.get('qp')),
    shifts: parseShiftsQuery(p),
    camera: parseCamera(p.get('zoom'), list(p.get('pan'))),
    orgs: orgsOf(list(p.get('orgs'))),
    pos: parsePositionsParam(p.get('pos')),
  };
}

function orgsOf(ids: string[] | null): string[] | null {
  if (ids === null) return null;
  // An empty choice is no choice: every organization is drawn.
  const ok = [...new Set(ids.filter((id) => ID.test(id)))].slice(0, MAX_ORGS);
  return ok.length > 0 ? ok : null;
}

function hoodOf(ids: string[] | null): string[] | null {
  if (ids === null) return null;
  const ok = [...new Set(ids.filter((id) => ID.test(id)))].slice(0, MAX_HOOD);
  return ok.length > 0 ? ok : null;
}

/** Writes a view state as a query string (with its "?"), leaving defaults out; "" when all default. */
export function serializeState(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.at) p.set('at', s.at);
  if (s.focus) p.set('focus', s.focus);
  if (s.rel) p.set('rel', s.rel);
  if (s.types !== null) p.set('types', RELATION_TYPES.filter((t) => s.types?.includes(t)).join(','));
  if (s.kinds !== null && s.kinds.length < KINDS.length) p.set('kinds', s.kinds.join(','));
  if (!s.hideIsolated) p.set('isolated', 'show');
  if (s.path) p.set('path', s.path.join(','));
  if (s.compare) p.set('compare', s.compare);
  if (s.size) p.set('size', s.size);
  if (s.panel !== 'details') p.set('panel', s.panel);
  if (!s.follow) p.set('follow', '0');
  if (s.groups !== null) p.set('groups', s.groups.join(','));
  if (s.minMembers > 0) p.set('min', String(s.minMembers));
  if (s.graph !== 'all') p.set('graph', s.graph);
  if (s.share > 1) p.set('share', String(s.share));
  if (s.hood) p.set('hood', s.hood.join(','));
  writeShiftsQuery(p, s.shifts);
  if (s.camera) {
    const c = roundCamera(s.camera);
    p.set('zoom', String(c.zoom));
    p.set('pan', `${c.x},${c.y}`);
  }
  if (s.orgs !== null) p.set('orgs', s.orgs.join(','));
  if (s.pos && positionsFitUrl(s.pos)) p.set('pos', formatPositions(s.pos));
  if (s.cypher && s.cypher.length <= MAX_URL_QUERY) p.set('q', s.cypher);
  if (s.cypherParams && s.cypherParams.length <= MAX_URL_QUERY) p.set('qp', s.cypherParams);
  // Commas, colons and semicolons are legal in a query: left as they are, a link stays readable.
  const q = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%3B/g, ';');
  return q ? `?${q}` : '';
}

export function sameState(a: ViewState, b: ViewState): boolean {
  // Positions too many for the URL are still state (kept in the browser): compare them too.
  return serializeState(a) === serializeState(b) && formatPositions(a.pos ?? {}) === formatPositions(b.pos ?? {});
}

/** How a change reaches the history: a new entry, in place, or coalesced with the last transient one. */
export type HistoryMode = 'push' | 'replace' | 'transient';
