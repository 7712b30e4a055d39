namespace Egov.Benefits.Eligibility;

/// <summary>
/// Ages as benefit laws count them: full years and full months. A month or year is complete on the day that matches
/// the birth day; when the month has no such day (born on the 31st, or on 29 February), it is complete at the end of
/// that month, so the new age starts on the 1st of the next (the civil-law rule for periods).
/// </summary>
internal static class Ages
{
    public static int InFullMonths(DateOnly birthDate, DateOnly on)
    {
        var months = ((on.Year - birthDate.Year) * 12) + on.Month - birthDate.Month;
        return on.Day < birthDate.Day ? months - 1 : months;
    }

    public static int InFullYears(DateOnly birthDate, DateOnly on) => InFullMonths(birthDate, on) / 12;
}
