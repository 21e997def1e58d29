import Foundation

/// The two astronomical quantities the Vietnamese lunar calendar is built from,
/// following Hồ Ngọc Đức's published algorithm (amlich) so that results match the
/// calendars printed in Vietnam. The series are Meeus' low-precision ones; their
/// error (minutes) only matters when a new moon or a major solar term falls within
/// minutes of local midnight, which is also how the official tables were derived.
///
/// All day numbers here are Julian Day Numbers (JDN, integer, noon-based).
enum LunarAstronomy {
    /// Vietnam's civil time since 1968 is UTC+7; China's calendar uses UTC+8,
    /// which is exactly why the two Tết dates differ in some years (e.g. 1985, 2007).
    static let timeZoneHours = 7.0

    /// JDN of 1970-01-01, linking `Day.ordinal` to Julian Day Numbers.
    static let unixEpochJDN = 2_440_588

    /// Mean length of a synodic month, and the JD of the reference new moon
    /// (1900-01-01) that new-moon index 0 refers to.
    static let synodicMonth = 29.530588853
    static let referenceNewMoonJD = 2_415_021.076998695

    /// JDN of the first day of lunar month 11 — the month containing the winter
    /// solstice of the given Gregorian year; the anchor every lunar year hangs from.
    static func month11Start(gregorianYear year: Int) -> Int {
        let december31 = Day.daysFromCivil(year, 12, 31) + unixEpochJDN
        let k = Int(floor(Double(december31 - 2_415_021) / synodicMonth))
        let candidate = newMoonDay(k)
        // If the sun has already passed 270° when this month begins, the solstice
        // fell in the previous month.
        return sunSector(atStartOf: candidate) >= 9 ? newMoonDay(k - 1) : candidate
    }

    /// Index k of the new moon nearest to a JDN.
    static func newMoonIndex(nearest jdn: Int) -> Int {
        Int(floor((Double(jdn) - referenceNewMoonJD) / synodicMonth + 0.5))
    }

    /// JDN of the local (UTC+7) civil day on which new moon number k falls.
    static func newMoonDay(_ k: Int) -> Int {
        Int(floor(newMoonJD(k) + 0.5 + timeZoneHours / 24))
    }

    /// Which 30° sector (0...11) the sun is in at local midnight starting `jdn`.
    /// Sector boundaries are the 12 major solar terms (trung khí); sector 9 starts
    /// at the winter solstice (270°).
    static func sunSector(atStartOf jdn: Int) -> Int {
        let longitude = sunLongitude(jd: Double(jdn) - 0.5 - timeZoneHours / 24)
        return min(11, Int(floor(longitude / .pi * 6)))
    }

    /// Time (JD, UT) of new moon number k counted from 1900-01-01 (Meeus, ch. 49, abridged).
    static func newMoonJD(_ k: Int) -> Double {
        let k = Double(k)
        let t = k / 1236.85
        let t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
        let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
        let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
        var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
        c1 += -0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
        c1 += -0.0004 * sin(dr * 3 * mpr)
        c1 += 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
        c1 += -0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
        c1 += -0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
        c1 += 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
        // ΔT (TT − UT) in days; the two fits switch around the year 800.
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return jd1 + c1 - deltaT
    }

    /// Apparent-enough ecliptic longitude of the sun in radians, in [0, 2π).
    static func sunLongitude(jd: Double) -> Double {
        let t = (jd - 2_451_545.0) / 36525
        let t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        let l = (l0 + dl) * dr
        return l - 2 * .pi * floor(l / (2 * .pi))
    }
}
