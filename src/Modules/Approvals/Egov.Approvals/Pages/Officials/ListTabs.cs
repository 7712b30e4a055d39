namespace Egov.Approvals.Pages.Officials;

/// <summary>What the list-tabs partial (<c>Pages/Shared/_ListTabs.cshtml</c>) shows: a list page's tabs with their counts.</summary>
/// <param name="Tabs">Each tab's name (the <c>tab</c> query value) and its label with the count, in order.</param>
/// <param name="Current">The name of the tab shown.</param>
internal sealed record ListTabs(IReadOnlyList<(string Name, string Label)> Tabs, string Current);
