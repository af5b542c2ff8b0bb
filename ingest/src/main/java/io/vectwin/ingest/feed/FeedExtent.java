package io.vectwin.ingest.feed;

/** The horizontal bounding box of the positions seen so far (m, local frame). */
public final class FeedExtent {

    private double minX = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    public void include(double x, double y) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
    }

    public boolean isEmpty() {
        return minX > maxX;
    }

    public double centreX() {
        requireNonEmpty();
        return (minX + maxX) / 2.0;
    }

    public double centreY() {
        requireNonEmpty();
        return (minY + maxY) / 2.0;
    }

    private void requireNonEmpty() {
        if (isEmpty()) {
            throw new IllegalStateException("no position seen yet");
        }
    }
}
