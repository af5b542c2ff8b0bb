package io.vectwin.quantum.reference;

/**
 * A dense complex matrix for the independent reference simulator: nothing shared with the
 * production code, written for obviousness, not speed.
 */
public final class DenseMatrix {

    final int rows;
    final int cols;
    final double[][] re;
    final double[][] im;

    DenseMatrix(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.re = new double[rows][cols];
        this.im = new double[rows][cols];
    }

    /** A 2×2 matrix from (re, im) pairs, row-major: u00, u01, u10, u11. */
    static DenseMatrix of2x2(double... pairs) {
        DenseMatrix m = new DenseMatrix(2, 2);
        for (int k = 0; k < 4; k++) {
            m.re[k / 2][k % 2] = pairs[2 * k];
            m.im[k / 2][k % 2] = pairs[2 * k + 1];
        }
        return m;
    }

    public static DenseMatrix identity(int n) {
        DenseMatrix m = new DenseMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.re[i][i] = 1;
        }
        return m;
    }

    /** this ⊗ other: block (i, j) is this[i][j]·other. */
    public DenseMatrix kron(DenseMatrix other) {
        DenseMatrix out = new DenseMatrix(rows * other.rows, cols * other.cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                for (int k = 0; k < other.rows; k++) {
                    for (int l = 0; l < other.cols; l++) {
                        int r = i * other.rows + k;
                        int c = j * other.cols + l;
                        out.re[r][c] = re[i][j] * other.re[k][l] - im[i][j] * other.im[k][l];
                        out.im[r][c] = re[i][j] * other.im[k][l] + im[i][j] * other.re[k][l];
                    }
                }
            }
        }
        return out;
    }

    /** this · other. */
    public DenseMatrix times(DenseMatrix other) {
        DenseMatrix out = new DenseMatrix(rows, other.cols);
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                double ar = re[i][k];
                double ai = im[i][k];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int j = 0; j < other.cols; j++) {
                    out.re[i][j] += ar * other.re[k][j] - ai * other.im[k][j];
                    out.im[i][j] += ar * other.im[k][j] + ai * other.re[k][j];
                }
            }
        }
        return out;
    }

    public DenseMatrix plus(DenseMatrix other) {
        DenseMatrix out = new DenseMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out.re[i][j] = re[i][j] + other.re[i][j];
                out.im[i][j] = im[i][j] + other.im[i][j];
            }
        }
        return out;
    }

    /** this · v for a column vector given as (re, im); returns {re, im}. */
    public double[][] apply(double[] vr, double[] vi) {
        double[] or = new double[rows];
        double[] oi = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                or[i] += re[i][j] * vr[j] - im[i][j] * vi[j];
                oi[i] += re[i][j] * vi[j] + im[i][j] * vr[j];
            }
        }
        return new double[][] {or, oi};
    }

    /** max |(U†U − I)_ij|: how far from unitary. */
    public double unitarityError() {
        double worst = 0;
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                double sr = 0;
                double si = 0;
                for (int k = 0; k < rows; k++) {
                    // conj(U_ki)·U_kj
                    sr += re[k][i] * re[k][j] + im[k][i] * im[k][j];
                    si += re[k][i] * im[k][j] - im[k][i] * re[k][j];
                }
                worst = Math.max(worst, Math.hypot(sr - (i == j ? 1 : 0), si));
            }
        }
        return worst;
    }

    public int rows() {
        return rows;
    }
}
