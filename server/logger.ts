// A small leveled logger; tests pass a silent one.
export interface Logger {
  info(message: string): void;
  error(message: string): void;
}

export function createLogger(level: 'silent' | 'error' | 'info'): Logger {
  const stamp = () => new Date().toISOString();
  return {
    info: (m) => {
      if (level === 'info') console.log(`${stamp()} info ${m}`);
    },
    error: (m) => {
      if (level !== 'silent') console.error(`${stamp()} error ${m}`);
    },
  };
}
