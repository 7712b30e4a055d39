using System.Globalization;
using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace Egov.Identity.Acting;

/// <summary>
/// Whom the session acts for, kept in the session cookie's properties (encrypted and signed with the
/// platform's data-protection keys, so every host copy reads it and nobody can forge it). It lives and dies
/// with the session: signing out or in again starts as oneself.
/// </summary>
internal static class ActingSession
{
    private const string Key = "egov.actingFor";
    private const string CheckedKey = "egov.actingChecked";

    /// <summary>The kind and id the session acts for, or null when acting for oneself (or the value is unreadable).</summary>
    public static (DelegationKind Kind, Guid SubjectId)? Read(AuthenticationProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var value = properties.Items.TryGetValue(Key, out var v) ? v : null;
        var parts = value?.Split(':');
        return parts is [var kind, var id]
            && Enum.TryParse<DelegationKind>(kind, out var k) && Enum.IsDefined(k)
            && Guid.TryParse(id, CultureInfo.InvariantCulture, out var g)
            ? (k, g)
            : null;
    }

    public static void Clear(AuthenticationProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        properties.Items.Remove(Key);
        properties.Items.Remove(CheckedKey);
    }

    /// <summary>When the registers last confirmed the delegation, and the subject's name they gave; null before the first check.</summary>
    public static (DateTimeOffset At, string SubjectName)? LastChecked(AuthenticationProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var parts = properties.Items.TryGetValue(CheckedKey, out var v) ? v?.Split(':', 2) : null;
        return parts is [var at, var name] && long.TryParse(at, CultureInfo.InvariantCulture, out var seconds)
            ? (DateTimeOffset.FromUnixTimeSeconds(seconds), name)
            : null;
    }

    public static void MarkChecked(AuthenticationProperties properties, Delegation delegation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(delegation);
        properties.Items[CheckedKey] = string.Create(CultureInfo.InvariantCulture, $"{at.ToUnixTimeSeconds()}:{delegation.Subject.Name}");
    }

    /// <summary>
    /// Re-issues the session cookie with the acting value set (or cleared with null), keeping everything else;
    /// <paramref name="delegation"/> was just read from the registers, which counts as their check.
    /// </summary>
    public static async Task SetAsync(HttpContext http, Delegation? delegation, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(http);
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session is not { Succeeded: true, Principal: { } principal, Properties: { } properties })
        {
            throw new InvalidOperationException("Acting on behalf needs a signed-in session.");
        }

        if (delegation is null)
        {
            Clear(properties);
        }
        else
        {
            properties.Items[Key] = $"{delegation.Kind}:{delegation.Subject.Id}";
            MarkChecked(properties, delegation, now);
        }

        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, properties);
    }
}
