/** The wire protocol, the Transport SPI and the daemon that every transport shares. */
package ipcbench.transport;
