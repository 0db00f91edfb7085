/** The floor check's {@code floor.json}: the C ping-pong's round trip per mechanism, the floor under the transports. */
package ipcbench.report.floor;
