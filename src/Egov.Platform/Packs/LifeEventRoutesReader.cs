using System.Text.RegularExpressions;

namespace Egov.Platform.Packs;

/// <summary>Reads the optional <c>life-events.yaml</c>: per event, services with a known agency (or <c>region</c>) and names in every language.</summary>
internal static partial class LifeEventRoutesReader
{
    public static LifeEventRoutes Read(string packDirectory, IReadOnlyList<string> languages, IReadOnlyList<Agency> agencies, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, LifeEventRoute.File);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, LifeEventRoute.File, errors) is not { } f)
        {
            return LifeEventRoutes.None;
        }

        var known = agencies.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        // After a death the deceased has no current address to find a local government by: bereavement names its agencies.
        var routes = new LifeEventRoutes(Routes(f, "moving", languages, known, regionAllowed: true), Routes(f, "bereavement", languages, known, regionAllowed: false));
        f.RejectUnknown();
        return routes;
    }

    private static List<LifeEventRoute> Routes(YamlFields f, string key, IReadOnlyList<string> languages, HashSet<string> agencies, bool regionAllowed)
    {
        var routes = new List<LifeEventRoute>();
        var list = f.List(key, required: false);
        for (var i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (f.MapValue(list.Children[i], $"{key}[{i}]") is not { } entry)
            {
                continue;
            }

            var service = entry.String("service");
            if (service is not null && !CodePattern().IsMatch(service))
            {
                entry.Error(entry.Node("service", false)!, entry.FieldPath("service"), "must be lower-case words joined by hyphens (e.g. health-insurance)");
                service = null;
            }

            var agency = entry.String("agency");
            if (agency is not null && (agency == LifeEventRoute.RegionAgency ? !regionAllowed : !agencies.Contains(agency)))
            {
                entry.Error(entry.Node("agency", false)!, entry.FieldPath("agency"), agency == LifeEventRoute.RegionAgency
                    ? $"'{LifeEventRoute.RegionAgency}' is not allowed here: name the agency"
                    : $"agency {agency} does not exist{(regionAllowed ? $" (or write '{LifeEventRoute.RegionAgency}')" : "")}");
                agency = null;
            }

            var when = entry.String("when", required: false);
            var names = LanguageMaps.Read(entry, "names", languages);
            entry.RejectUnknown();
            if (service is not null && agency is not null)
            {
                routes.Add(new LifeEventRoute(service, agency, when, names, entry.Line));
            }
        }

        return routes;
    }

    [GeneratedRegex(@"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex CodePattern();
}
