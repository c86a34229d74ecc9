// Every tuning constant of the client in one typed object with its defaults. A page may
// override some (window.explorerSettings, set before the app loads, or ?renderer= and
// ?transitions=0 in the URL, read by state/url-sync.ts): the browser tests switch
// transitions off so what they wait on is state, never time.
import { z } from 'zod';

export const SettingsSchema = z.object({
  /** Fades, size transitions and animated viewport moves; off, every change is drawn at once. */
  transitions: z.boolean(),
  /** How long a fade or a size change takes. */
  fadeMs: z.number().int().min(0),
  /** Above this many elements the graph is drawn the large-graph way (simpler edges, quicker layout). */
  largeGraph: z.number().int().min(0),
  /**
   * What draws a large graph: 'auto' picks WebGL with a hardware GPU and the batched edge
   * layer otherwise (graph/renderer.ts); 'canvas', 'webgl' or 'layer' force one (?renderer=).
   */
  renderer: z.enum(['auto', 'canvas', 'webgl', 'layer']),
  /** How long the slider rests before fades come back after a drag. */
  scrubRestMs: z.number().int().min(0),
  /** How many of its strongest ties each actor brings to the large-graph layout. */
  largeLayoutTies: z.number().int().min(1),
  /** Fitting never zooms in further than this (a handful of nodes would fill the screen). */
  maxFitZoom: z.number().positive(),
  /** Viewport animations: fit, centring on an actor, and how long a found actor stays marked. */
  fitMs: z.number().int().min(0),
  centreMs: z.number().int().min(0),
  foundMs: z.number().int().min(0),
  /** The path panel asks for alternatives once the slider rests this long on a date. */
  pathRestMs: z.number().int().min(0),
  /** How long zoom and pan rest before the URL keeps them. */
  cameraRestMs: z.number().int().min(0),
  /** A large graph's table (hundreds of rows) is redrawn once the slider rests this long. */
  tableRestMs: z.number().int().min(0),
  /** While playing, the details follow at most this often. */
  detailsEveryMs: z.number().int().min(0),
  /** A run of transient URL changes (scrub, play) is written once it rests this long. */
  urlRestMs: z.number().int().min(0),
  /** Transient URL changes (scrub, play) closer than this share one history entry. */
  transientGapMs: z.number().int().min(0),
  /** Follow: the camera fits once the slider rests this long, and (Play, steps) at most this often. */
  followRestMs: z.number().int().min(0),
  followEveryMs: z.number().int().min(0),
  /** How long a new relation glows and an ended one stays as a ghost (transitions off: until the next step). */
  changeMarkMs: z.number().int().min(0),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  transitions: true,
  fadeMs: 280,
  largeGraph: 5000,
  renderer: 'auto',
  scrubRestMs: 400,
  largeLayoutTies: 3,
  maxFitZoom: 1.3,
  fitMs: 300,
  centreMs: 350,
  foundMs: 1600,
  pathRestMs: 350,
  cameraRestMs: 250,
  tableRestMs: 250,
  detailsEveryMs: 300,
  urlRestMs: 250,
  transientGapMs: 700,
  followRestMs: 250,
  followEveryMs: 450,
  changeMarkMs: 1400,
};

/** The defaults with the overrides that pass the schema; a bad override is reported and ignored. */
export function resolveSettings(...overrides: unknown[]): Settings {
  let out = DEFAULT_SETTINGS;
  for (const o of overrides) {
    if (o === undefined || o === null) continue;
    const parsed = SettingsSchema.partial().safeParse(o);
    if (parsed.success) out = { ...out, ...parsed.data };
    else console.warn(`Ignoring bad settings: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return out;
}
