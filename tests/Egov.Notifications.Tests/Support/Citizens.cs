using Egov.Testing;

namespace Egov.Notifications.Tests.Support;

/// <summary>People at a browser on the notifications host: citizens with a resident record of their own, and an operator.</summary>
internal static class Citizens
{
    /// <summary>A new citizen bound to a new resident id (the module needs no register row), signed in.</summary>
    public static async Task<(CitizenAtTheBrowser Browser, Guid Resident)> SignedInAsync(NotificationsHost host, string userName)
    {
        var resident = Guid.NewGuid();
        return (await CitizenAtTheBrowser.SignedInAsync(host.Factory, userName, resident), resident);
    }

    /// <summary>Saves the citizen's preferences through the settings page; <paramref name="topics"/> are the ones received.</summary>
    public static async Task SaveSettingsAsync(CitizenAtTheBrowser citizen, IEnumerable<KeyValuePair<string, string>> fields, params string[] topics)
    {
        using var saved = await citizen.PostFormAsync("/my/notifications/settings", null,
            fields.Append(new("Form.Language", "ko")).Concat(topics.Select(t => new KeyValuePair<string, string>("Form.Topics", t))));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
    }

    /// <summary>An official with the notifications operator role, signed in and stepped up to AAL2 on the queue page.</summary>
    public static async Task<PersonAtTheBrowser> OperatorAsync(NotificationsHost host, string userName)
    {
        var official = await CitizenAtTheBrowser.SignedInOfficialAsync(host.Factory, userName, Pages.Officials.QueueModel.OperatorRole);
        await DemoOfficials.StepUpAsync(official.Person, "/officials/notifications");
        return official.Person;
    }
}
