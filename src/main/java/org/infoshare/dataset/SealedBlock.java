package org.infoshare.dataset;

/** A block of a dataset's rows, sealed: its place in the dataset, how many rows it holds, and the ciphertext. */
record SealedBlock(int seq, int rowCount, byte[] content) {
}
