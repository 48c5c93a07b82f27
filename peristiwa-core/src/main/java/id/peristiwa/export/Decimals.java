package id.peristiwa.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal numbers as the exports write them: plain notation, rounded half up, no trailing zeros. */
final class Decimals {
    private Decimals() {
    }

    /** {@code value} with at most {@code scale} decimals: 37.56650 gives "37.5665", 3.0 gives "3". */
    static String plain(double value, int scale) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** {@code value} with exactly {@code scale} decimals: 2023.1315 stays, 3 gives "3.0" at scale 1. */
    static String fixed(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
