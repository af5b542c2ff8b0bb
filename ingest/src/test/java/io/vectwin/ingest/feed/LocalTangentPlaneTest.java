package io.vectwin.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTangentPlaneTest {

    /*
     * Expected east, north, up computed independently with numpy (WGS84, geodetic -> ECEF -> ENU
     * by the rotation matrix):
     *
     *   import numpy as np
     *   a = 6378137.0; f = 1 / 298.257223563; e2 = f * (2 - f)
     *   def ecef(lat, lon, h):
     *       lat, lon = np.radians(lat), np.radians(lon)
     *       N = a / np.sqrt(1 - e2 * np.sin(lat) ** 2)
     *       return np.array([(N + h) * np.cos(lat) * np.cos(lon), (N + h) * np.cos(lat) * np.sin(lon),
     *                        (N * (1 - e2) + h) * np.sin(lat)])
     *   def enu(lat, lon, h, lat0, lon0, h0):
     *       d = ecef(lat, lon, h) - ecef(lat0, lon0, h0)
     *       p, l = np.radians(lat0), np.radians(lon0)
     *       R = np.array([[-np.sin(l), np.cos(l), 0],
     *                     [-np.sin(p) * np.cos(l), -np.sin(p) * np.sin(l), np.cos(p)],
     *                     [np.cos(p) * np.cos(l), np.cos(p) * np.sin(l), np.sin(p)]])
     *       return R @ d
     *   print(enu(48.1635, 11.5671, 0, 48.1635, 11.5644, 0))      # 200 m east in Munich
     *   print(enu(48.2535, 11.6644, 550, 48.1635, 11.5644, 520))  # 12.5 km away, 30 m higher
     *   print(enu(-33.8688, 151.2093, 10, -33.8568, 151.2153, 0)) # southern and eastern hemisphere
     */
    @ParameterizedTest
    @CsvSource({
        "48.1635, 11.5644, 0,   48.1635, 11.5671, 0,     200.850980,    0.003526,  -0.003157",
        "48.1635, 11.5644, 520, 48.2535, 11.6644, 550,  7426.538104, 10013.182329, 17.816642",
        "-33.8568, 151.2153, 0, -33.8688, 151.2093, 10, -555.160332, -1331.057203,  9.836475",
    })
    void projectionMatchesAnIndependentNumpyComputation(double lat0, double lon0, double h0, double lat, double lon,
            double h, double east, double north, double up) {
        LocalTangentPlane plane = new LocalTangentPlane(new GeoPoint(lat0, lon0, h0));
        LocalTangentPlane.Enu enu = plane.project(new GeoPoint(lat, lon, h));
        assertThat(enu.east()).isCloseTo(east, within(1e-5));
        assertThat(enu.north()).isCloseTo(north, within(1e-5));
        assertThat(enu.up()).isCloseTo(up, within(1e-5));
    }

    @ParameterizedTest
    @CsvSource({"'48.1,11.5'", "'48.1, 11.5 ,520'"})
    void originParsesFromLatLonWithOptionalAltitude(String text) {
        GeoPoint p = GeoPoint.parse(text);
        assertThat(p.latitudeDegrees()).isEqualTo(48.1);
        assertThat(p.longitudeDegrees()).isEqualTo(11.5);
    }
}
