using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Egov.Platform.Persistence;

/// <summary>
/// Quoted table and column names of an entity as the model maps them (schema on PostgreSQL, prefix on
/// SQLite), for the few statements EF cannot express (row locks, INSERT … ON CONFLICT).
/// </summary>
internal sealed class SqlNames
{
    private readonly IEntityType entity;
    private readonly StoreObjectIdentifier table;

    public SqlNames(DbContext db, Type entityType)
    {
        entity = db.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not mapped.");
        table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        Table = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
    }

    public string Table { get; }

    public string Column(string property) =>
        Quote(entity.FindProperty(property)?.GetColumnName(table) ?? throw new InvalidOperationException($"No column for {property}."));

    private static string Quote(string name) => $"\"{name}\"";
}
