namespace Egov.Registries.Domain;

/// <summary>Age in full years, the measure majority laws use (not a count of calendar years).</summary>
internal static class Age
{
    public static int InFullYears(DateOnly birthDate, DateOnly on)
    {
        var years = on.Year - birthDate.Year;
        // Before this year's birthday, one year less. Someone born on 29 February completes a year at the end
        // of 28 February in a common year, so is a year older from 1 March.
        return (on.Month, on.Day).CompareTo((birthDate.Month, birthDate.Day)) < 0 ? years - 1 : years;
    }

    /// <summary>The first day on which someone born on <paramref name="birthDate"/> is <paramref name="years"/> full years old.</summary>
    public static DateOnly Reached(DateOnly birthDate, int years)
    {
        var day = birthDate.AddYears(years);
        // Born on 29 February, one is a year older on 1 March of a common year (see InFullYears).
        return day.Day != birthDate.Day ? day.AddDays(1) : day;
    }
}
