// Shared by the preload and electron/main/ipc, so the two ends cannot drift apart.

/** The one channel every contract call crosses (architecture.md §3). */
export const INVOKE_CHANNEL = 'qcdc:invoke';

/** The channel of platform calls: dialogs, printing, opening the data folder. */
export const PLATFORM_CHANNEL = 'qcdc:platform';
