using System.Globalization;
using Egov.Field.Data;
using Egov.Field.Domain;
using Egov.Field.Templates;
using Egov.Notifications.Contracts;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;

namespace Egov.Field.Findings;

/// <summary>
/// Serves an order's notices to the building's owners (and its company owners' representatives) through the
/// notification secretary, as legal notices (a corrective-action order has legal effect and cannot be muted), in
/// every pack language. Each notice carries a key per order and kind, so a retried handler never serves it twice.
/// </summary>
internal sealed class OrderNotices(IBuildingRegister buildings, INotifications notifications, TemplateStore templates, CountryPack pack)
{
    public const string Topic = "inspections";

    /// <summary>Serves the notice; returns how many people it went to.</summary>
    public async Task<int> ServeAsync(CorrectiveOrder order, OrderNoticeKind kind, CancellationToken cancellationToken)
    {
        var template = await templates.FindAsync(order.TemplateCode, order.TemplateVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Template {order.TemplateCode} version {order.TemplateVersion} is not stored.");
        var item = template.Items.Single(i => i.Code == order.ItemCode);
        var notice = kind == OrderNoticeKind.Order ? pack.Field.OrderNotice : pack.Field.OverdueNotice;
        var texts = pack.Languages.Where(notice.Titles.ContainsKey).ToDictionary(
            language => language,
            language => new NoticeText(Fill(notice.Titles[language], order, item, language), Fill(notice.Bodies[language], order, item, language)));
        var purpose = new DataPurpose($"system:field", "field.corrective-order", "fire-safety-inspection");
        var addressees = await buildings.AddresseesAsync(order.BuildingId, purpose, cancellationToken);
        foreach (var person in addressees)
        {
            await notifications.SendAsync(
                new Notice(person, Topic, NoticePriority.Legal, texts, DeduplicationKey: $"field.{kind.ToString().ToLowerInvariant()}:{order.Id}"), cancellationToken);
        }

        return addressees.Count;
    }

    private static string Fill(string text, CorrectiveOrder order, TemplateItem item, string language) => text
        .Replace("{building}", order.BuildingLabel, StringComparison.Ordinal)
        .Replace("{item}", Names.In(item.Names, language, item.Code), StringComparison.Ordinal)
        .Replace("{basis}", Names.In(item.LegalBasis, language, ""), StringComparison.Ordinal)
        .Replace("{deadline}", order.DueOn.ToString("D", CultureInfo.GetCultureInfo(language)), StringComparison.Ordinal);
}

internal enum OrderNoticeKind
{
    Order,
    Overdue,
}
