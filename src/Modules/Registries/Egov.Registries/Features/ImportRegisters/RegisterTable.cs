using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Egov.Registries.Features.ImportRegisters;

/// <summary>A register table and the columns an import writes, named as the model maps them (schema or prefix, snake case).</summary>
internal sealed class RegisterTable
{
    private RegisterTable(string name, IReadOnlyList<RegisterColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    /// <summary>Quoted, schema-qualified on PostgreSQL (<c>"registries"."residents"</c>), prefixed on SQLite.</summary>
    public string Name { get; }

    public IReadOnlyList<RegisterColumn> Columns { get; }

    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    public RegisterColumn Column(string property) => Columns.Single(c => c.Property == property);

    public static RegisterTable For(DbContext db, Type entityType, IReadOnlyList<string> properties)
    {
        var entity = db.Model.FindEntityType(entityType) ?? throw new InvalidOperationException($"{entityType.Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var name = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        var columns = properties.Select(p =>
        {
            var property = entity.FindProperty(p) ?? throw new InvalidOperationException($"{entityType.Name} has no property {p}.");
            return new RegisterColumn(p, Quote(property.GetColumnName(table)!), Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType);
        }).ToList();
        return new RegisterTable(name, columns);
    }

    private static string Quote(string name) => $"\"{name}\"";
}

/// <summary>A column: the entity property, its quoted name and the CLR type of its values.</summary>
internal sealed record RegisterColumn(string Property, string Name, Type Type);
