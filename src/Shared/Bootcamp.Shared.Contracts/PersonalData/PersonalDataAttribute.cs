namespace Bootcamp.Shared.Contracts.PersonalData;

/// <summary>Marks a stored property that identifies a person or says something about them. The architecture tests
/// require a module with any of them to register an <see cref="IPersonalDataHolder"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
