namespace Egov.Platform.Packs;

/// <summary>Reads the optional <c>notifications.yaml</c>: unique well-formed topic codes with names in every language.</summary>
internal static class NotificationTopicsReader
{
    public const string FileName = "notifications.yaml";

    public static NotificationTopics Read(string packDirectory, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return NotificationTopics.None;
        }

        var topics = CodedNamesReader.Read(f, "topics", "topic code", "disaster-alerts", languages)
            .Select(t => new NotificationTopic(t.Code, t.Names)).ToList();
        f.RejectUnknown();
        return new NotificationTopics(topics);
    }
}
