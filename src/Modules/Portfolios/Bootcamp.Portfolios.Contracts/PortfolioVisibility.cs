namespace Bootcamp.Portfolios.Contracts;

/// <summary>A portfolio is private until its owner opts in to a public page.</summary>
public enum PortfolioVisibility
{
    Private,
    Public,
}
