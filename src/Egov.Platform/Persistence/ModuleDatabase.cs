namespace Egov.Platform.Persistence;

/// <summary>A registered module database: the context type modules inject and the provider-specific one in use.</summary>
public sealed record ModuleDatabase(Type ContextType, Type ProviderContextType)
{
    public string Schema => ModuleSchemaAttribute.Of(ContextType);
}
