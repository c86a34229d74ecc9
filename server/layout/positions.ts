// Stored positions as they come out of either engine.
import { z } from 'zod';

export const PositionRow = z.object({ id: z.string().min(1), x: z.number().finite(), y: z.number().finite() });
export type PositionRow = z.infer<typeof PositionRow>;
