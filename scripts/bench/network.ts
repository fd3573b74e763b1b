/**
 * The network and phone the bench emulates, and the floor physics puts under any page on it.
 */
import type { CDPSession } from '@playwright/test';

/** DESIGN §5's 2G profile: 800 ms round trip, 280 kbit/s down. */
export const RTT_MS = 800;
export const DOWN_BYTES_PER_MS = (280 * 1000) / 8 / 1000;
export const SLOW_2G = { offline: false, latency: RTT_MS, downloadThroughput: DOWN_BYTES_PER_MS * 1000, uploadThroughput: (256 * 1000) / 8 };
/** A cheap Android phone runs script about four times slower than this machine. */
export const CPU_SLOWDOWN = 4;
/**
 * DevTools throttling delays each response by the RTT but opens connections for free. A real
 * first visit pays one round trip for TCP and one for TLS 1.3 before the first byte; the bench
 * adds them to every cold figure rather than leave them out.
 */
export const SETUP_RTTS = 2;
export const SETUP_MS = SETUP_RTTS * RTT_MS;

export async function emulatePhoneOn2G(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_2G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * The fastest any page could get there: connection setup, then one round trip per link in the
 * chain of requests it waits on, then its bytes at full bandwidth.
 */
export function physicalLimitMs(requestChain: number, bytes: number): number {
  return (SETUP_RTTS + requestChain) * RTT_MS + bytes / DOWN_BYTES_PER_MS;
}
