namespace Egov.Platform.Persistence;

/// <summary>
/// Names a module's schema (PostgreSQL) or table prefix (SQLite). Read both by the model and by the
/// registration, which needs it before any context exists (the migrations history table lives there too).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ModuleSchemaAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    public static string Of(Type contextType) =>
        (Attribute.GetCustomAttribute(contextType, typeof(ModuleSchemaAttribute)) as ModuleSchemaAttribute)?.Name
        ?? throw new InvalidOperationException($"{contextType.Name} lacks [ModuleSchema].");
}
