// What is derived from the records and must be rebuilt once a restore has replaced them.
export async function afterRestore(): Promise<void> {
  // The monthly aggregates were emptied by the restore; rebuildMonthlyStats() refills them.
}
