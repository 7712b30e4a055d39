using System.Xml.Linq;

namespace Egov.Architecture.Tests;

/// <summary>
/// The module boundary as written in project files: a module (<c>src/Modules/X/Egov.X</c>) references
/// Platform, its own Contracts and other modules' Contracts; Contracts reference only other Contracts
/// (no EF, no ASP.NET); Platform references no module.
/// </summary>
internal static class ModuleReferenceRules
{
    public static IEnumerable<string> Violations(string projectFile)
    {
        var name = Path.GetFileNameWithoutExtension(projectFile);
        var references = XDocument.Load(projectFile).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = XDocument.Load(projectFile).Descendants("PackageReference")
            .Select(p => p.Attribute("Include")!.Value).ToList();
        var frameworks = XDocument.Load(projectFile).Descendants("FrameworkReference")
            .Select(p => p.Attribute("Include")!.Value).ToList();

        if (name == "Egov.Platform")
        {
            foreach (var r in references.Where(r => r != "Egov.Platform.Contracts"))
            {
                yield return $"{name} references {r}: the platform must not know any module.";
            }
        }
        else if (name.EndsWith(".Contracts", StringComparison.Ordinal))
        {
            foreach (var r in references.Where(r => !r.EndsWith(".Contracts", StringComparison.Ordinal)))
            {
                yield return $"{name} references {r}: contracts may reference only other contracts.";
            }

            foreach (var p in packages.Concat(frameworks).Where(p => p.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || p.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)))
            {
                yield return $"{name} uses {p}: contracts carry no EF Core or ASP.NET.";
            }
        }
        else if (name.StartsWith("Egov.", StringComparison.Ordinal) && name is not ("Egov.Host" or "Egov.Cli"))
        {
            foreach (var r in references.Where(r => r != "Egov.Platform" && !r.EndsWith(".Contracts", StringComparison.Ordinal)))
            {
                yield return $"{name} references {r}: a module reaches another only through its Contracts.";
            }
        }
    }
}
