package id.peristiwa.time;

/** A stretch of calendar time that relative date expressions count in ("tiga pekan lalu"). */
enum Unit {
    DAY, WEEK, MONTH, YEAR, DECADE
}
