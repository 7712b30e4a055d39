using System.Linq.Expressions;

namespace Egov.Benefits.Rules;

/// <summary>
/// Compiles once the inner lambdas of a rule that read only their own parameter (<c>Children.Any(AgeMonths &lt; 36)</c>)
/// and puts the delegate in the tree as a constant. Left inside, <see cref="LambdaExpression.Compile()"/> makes a new
/// delegate for them on every call through reflection, which cost more than the rest of a person's rules together
/// (BenefitRulesBenchmarks in bench/Egov.Benchmarks). An inner lambda that reads an outer parameter is left as it is.
/// </summary>
internal sealed class InnerLambdas : ExpressionVisitor
{
    private bool outermost = true;

    public static LambdaExpression Hoist(LambdaExpression lambda) => (LambdaExpression)new InnerLambdas().Visit(lambda);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (outermost)
        {
            outermost = false;
            return base.VisitLambda(node);
        }

        var visited = (Expression<T>)base.VisitLambda(node);
        return FreeParameters.Any(visited) ? visited : Expression.Constant(visited.Compile(), typeof(T));
    }

    /// <summary>A quoted lambda is data for a query provider, not a delegate: left as it is.</summary>
    protected override Expression VisitUnary(UnaryExpression node) => node.NodeType == ExpressionType.Quote ? node : base.VisitUnary(node);

    /// <summary>Finds a parameter used in a lambda that none of its own lambdas declares.</summary>
    private sealed class FreeParameters : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> declared = [];
        private bool found;

        public static bool Any(LambdaExpression lambda)
        {
            var visitor = new FreeParameters();
            visitor.Visit(lambda);
            return visitor.found;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            found |= !declared.Contains(node);
            return node;
        }
    }
}
