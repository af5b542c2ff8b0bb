/**
 * The digital twin's LSTM state predictor (Sec. V-A/B and Algorithm 1 of the paper).
 */
package io.vectwin.lstm;
