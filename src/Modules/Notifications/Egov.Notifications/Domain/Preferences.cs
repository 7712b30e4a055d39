namespace Egov.Notifications.Domain;

/// <summary>
/// How a person wants to hear from the platform. The inbox is always on and is not stored here; a channel is on when
/// its address is given. A person without a row gets the inbox only, in the pack's default language.
/// </summary>
internal sealed class Preferences
{
    public Guid ResidentId { get; set; }

    /// <summary>The language notices are written to them in, when the sender gave that language.</summary>
    public string Language { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>Mobile phone in E.164 form.</summary>
    public string? Phone { get; set; }

    /// <summary>A messenger app configured as a signed-webhook receiver, with the person's id in it.</summary>
    public string? MessengerApp { get; set; }

    public string? MessengerAddress { get; set; }

    /// <summary>Quiet hours in the pack's time zone; both set or both null. May wrap midnight (22:00–07:00).</summary>
    public TimeOnly? QuietFrom { get; set; }

    public TimeOnly? QuietUntil { get; set; }

    /// <summary>Topic codes the person opted out of: notices on them stay in the inbox (legal notices excepted).</summary>
    public List<string> MutedTopics { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
}
