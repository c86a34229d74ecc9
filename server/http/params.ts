// The query-value schemas live with the contracts the client shares (shared/contracts/params.ts).
export * from '../../shared/contracts/params.ts';
