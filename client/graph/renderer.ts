// Which renderer draws a large graph. Measured on software rendering (RENDERING.md), the
// batched edge layer over Cytoscape's canvas is about 5 times faster a step than Cytoscape's
// canvas alone and WebGL in software is slower still; with a hardware GPU the order changes,
// so WebGL is chosen by itself then. ?renderer=canvas|webgl|layer overrides.
export type RendererName = 'canvas' | 'webgl' | 'layer';
export const RENDERERS: readonly RendererName[] = ['canvas', 'webgl', 'layer'];
export type RendererSetting = RendererName | 'auto';

/** Software GL, whatever the page claims: these names mean no GPU does the work. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** Whether a WebGL renderer string names a hardware GPU (null: no WebGL at all). */
export function isHardwareGpu(renderer: string | null): boolean {
  return renderer !== null && renderer.trim() !== '' && !SOFTWARE.test(renderer);
}

/** The renderer for a graph: small graphs always use Cytoscape's canvas. */
export function chooseRenderer(setting: RendererSetting, large: boolean, gpuRenderer: string | null): RendererName {
  if (!large) return 'canvas';
  if (setting !== 'auto') return setting;
  return isHardwareGpu(gpuRenderer) ? 'webgl' : 'layer';
}

/** The unmasked WebGL renderer string of this browser, or null without WebGL. */
export function detectGpuRenderer(): string | null {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return null;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}
