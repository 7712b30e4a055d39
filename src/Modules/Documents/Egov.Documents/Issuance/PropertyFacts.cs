using System.Text.Json.Nodes;
using Egov.Platform.Packs;
using Egov.Registries.Contracts;
using static Egov.Documents.Issuance.CertificateFacts;

namespace Egov.Documents.Issuance;

/// <summary>
/// What a certificate about a parcel or building attests: the property (and the building on it), its owners and
/// the rights against it. A land register transcript keeps the history, as the register does (owners who sold, cancelled
/// mortgages); a building ledger shows the building and whoever owns it now.
/// </summary>
internal static class PropertyFacts
{
    public static JsonObject From(string source, PropertyExtract extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var history = source == DocumentSources.RealEstate;
        var property = new JsonObject
        {
            ["kind"] = extract.Property.Kind,
            ["location"] = extract.Location,
            ["landCategory"] = extract.LandCategory,
            ["landAreaM2"] = extract.LandAreaM2,
        };
        if (extract.Building is { } building)
        {
            var json = WithField(new JsonObject(), "name", building.Name);
            json["use"] = building.Use;
            json["floors"] = building.Floors;
            json["floorAreaM2"] = building.FloorAreaM2;
            property["building"] = WithField(json, "completedOn", building.CompletedOn is { } completed ? Iso(completed) : null);
        }

        var facts = new JsonObject
        {
            ["property"] = property,
            ["owners"] = new JsonArray([.. extract.Owners.Where(o => history || o.DisposedOn is null).Select(Owner)]),
        };
        if (history)
        {
            facts["encumbrances"] = new JsonArray([.. extract.Encumbrances.Select(Encumbrance)]);
        }

        return facts;
    }

    private static JsonObject Owner(ExtractOwnership owner)
    {
        var json = WithField(new JsonObject { ["name"] = owner.OwnerName }, "identifier", owner.OwnerIdentifier);
        json["share"] = $"{owner.ShareNumerator}/{owner.ShareDenominator}";
        json["acquiredOn"] = Iso(owner.AcquiredOn);
        json["cause"] = owner.Cause;
        return WithField(json, "disposedOn", owner.DisposedOn is { } disposed ? Iso(disposed) : null);
    }

    private static JsonObject Encumbrance(ExtractEncumbrance right) => WithField(
        new JsonObject { ["kind"] = right.Kind, ["amount"] = right.Amount, ["creditor"] = right.Creditor, ["registeredOn"] = Iso(right.RegisteredOn) },
        "cancelledOn", right.CancelledOn is { } cancelled ? Iso(cancelled) : null);
}
