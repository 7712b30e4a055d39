namespace Egov.Platform.Design;

/// <summary>The meaning a coloured component carries; the pack's tokens decide the actual colours.</summary>
public enum Tone
{
    /// <summary>Neutral information.</summary>
    Information,
    /// <summary>Done, approved, safe.</summary>
    Success,
    /// <summary>Needs attention soon.</summary>
    Warning,
    /// <summary>Refused, failed, urgent.</summary>
    Danger,
    /// <summary>The service's own colour.</summary>
    Primary,
    /// <summary>No particular meaning (draft, not yet available).</summary>
    Gray,
}
