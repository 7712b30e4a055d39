namespace Egov.Registries.Demo;

/// <summary>The demo population's settings (<c>Registries:DemoPopulation</c>).</summary>
internal sealed class DemoPopulationOptions
{
    public const string Section = "Registries:DemoPopulation";

    /// <summary>
    /// Living residents to generate instead of the size in the pack's <c>demo/population.yaml</c>; 0 seeds none.
    /// Tests set a small size: every test host starts on a fresh database.
    /// </summary>
    public int? Size { get; set; }
}
