package io.vectwin.ingest.feed;

/**
 * A WGS84 geodetic position.
 *
 * @param latitudeDegrees  φ_geo, degrees north, in [−90, 90]
 * @param longitudeDegrees λ, degrees east, in [−180, 180]
 * @param altitudeMetres   ellipsoidal height h (m); 0 when the feed gives none
 */
public record GeoPoint(double latitudeDegrees, double longitudeDegrees, double altitudeMetres) {

    public GeoPoint {
        if (!(latitudeDegrees >= -90 && latitudeDegrees <= 90)) {
            throw new IllegalArgumentException("latitude " + latitudeDegrees + " is outside [-90, 90]");
        }
        if (!(longitudeDegrees >= -180 && longitudeDegrees <= 180)) {
            throw new IllegalArgumentException("longitude " + longitudeDegrees + " is outside [-180, 180]");
        }
        if (!Double.isFinite(altitudeMetres)) {
            throw new IllegalArgumentException("altitude " + altitudeMetres + " is not finite");
        }
    }

    /** Parses {@code LAT,LON} or {@code LAT,LON,ALT} (degrees, metres), as {@code --origin} takes it. */
    public static GeoPoint parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",", -1);
        if (parts.length != 2 && parts.length != 3) {
            throw new IllegalArgumentException("'" + text + "' is not LAT,LON or LAT,LON,ALT");
        }
        try {
            double lat = Double.parseDouble(parts[0].strip());
            double lon = Double.parseDouble(parts[1].strip());
            double alt = parts.length == 3 ? Double.parseDouble(parts[2].strip()) : 0.0;
            return new GeoPoint(lat, lon, alt);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not LAT,LON or LAT,LON,ALT in decimal degrees");
        }
    }
}
