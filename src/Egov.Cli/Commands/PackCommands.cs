using System.CommandLine;
using System.Globalization;
using Egov.Benefits;
using Egov.Platform.Packs;

namespace Egov.Cli.Commands;

/// <summary><c>pack …</c>: operators' commands on country packs.</summary>
public static class PackCommands
{
    /// <summary>Builds the <c>pack</c> command with its subcommands.</summary>
    public static Command Create()
    {
        var pack = new Command("pack", "Work with country packs (packs/<code>: languages, texts, regions, agencies, identifiers, demo data).");
        pack.Subcommands.Add(CreateValidate());
        return pack;
    }

    private static Command CreateValidate()
    {
        var directory = new Argument<DirectoryInfo>("dir")
        {
            Description = "The pack folder, e.g. packs/kr.",
        };
        var validate = new Command(
            "validate",
            "Load a country pack and check all of it. Prints each problem as 'file:line: field: message' and "
            + "exits 1 if there is any; otherwise prints a summary and exits 0.");
        validate.Arguments.Add(directory);
        validate.SetAction(parseResult => Validate(
            parseResult.GetValue(directory)!,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return validate;
    }

    private static int Validate(DirectoryInfo directory, TextWriter output, TextWriter error)
    {
        var result = CountryPackLoader.Load(directory.FullName);
        // A sound pack still fails when a benefit rule's expression does not compile.
        var errors = result.IsValid ? BenefitRuleCheck.Errors(result.Pack) : result.Errors;
        if (!result.IsValid || errors.Count > 0)
        {
            foreach (var problem in errors)
            {
                error.WriteLine(problem.ToString());
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pack invalid: {errors.Count} error(s)"));
            return 1;
        }

        var pack = result.Pack;
        var demo = pack.Demo is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"; demo: {d.People.Count} people, {d.Companies.Count} companies, {d.Officials.Count} officials, {d.Departments.Count} departments, {d.Households.Count} households, {d.Marriages.Count} marriages, {d.Parcels.Count} parcels{(d.Population is { } g ? $", {g.Size:N0} generated residents" : "")}")
            : "";
        var population = pack.Population is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"; population: {p.Regions.Sum(r => r.Weight):N0} residents in {p.Regions.Count} regions, {p.Surnames.Count} surnames")
            : "";
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"pack {pack.Code} valid: {pack.Regions.TopLevel.Count()} provinces, {pack.Regions.All.Count} regions, "
            + $"{pack.Agencies.Count} agencies, {pack.BrokeredProviders.Count} sign-in providers, "
            + $"{pack.Delegation.Services.Count} delegable services, "
            + $"{pack.Exchange.Purposes.Count} exchange purposes, {pack.Documents.Types.Count} document types, {pack.Benefits.Benefits.Count} benefits, "
            + $"{pack.Org.Posts.Count} posts, {pack.Org.Grades.Count} grades, {pack.Org.DefaultDelegation.Count} delegation rows, languages {string.Join(", ", pack.Languages)}{demo}{population}"));
        return 0;
    }
}
