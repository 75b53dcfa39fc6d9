package org.jdissect.dsl.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jdissect.dsl.DisplayFilterBaseVisitor;
import org.jdissect.dsl.DisplayFilterParser;
import org.jdissect.dsl.DisplayFilterParser.*;
import org.jdissect.dsl.ast.ArithOp;
import org.jdissect.dsl.ast.Expr;
import org.jdissect.dsl.ast.Quantifier;
import org.jdissect.dsl.ast.RelOp;
import org.jdissect.dsl.ast.SliceRange;
import org.jdissect.dsl.ast.Span;
import org.jdissect.dsl.ast.Value;

/** Parse tree to immutable AST, one visit method per labelled alternative. */
final class AstBuilder extends DisplayFilterBaseVisitor<Object> {
    private final String text;

    AstBuilder(String text) {
        this.text = text;
    }

    // ---- spans ----------------------------------------------------------------------------------------------------

    private static Span span(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null ? ctx.getStart() : ctx.getStop();
        return new Span(ctx.getStart().getStartIndex(), Math.max(ctx.getStart().getStartIndex(), stop.getStopIndex() + 1));
    }

    private static Span span(Token t) {
        return new Span(t.getStartIndex(), t.getStopIndex() + 1);
    }

    private static Span span(TerminalNode n) {
        return span(n.getSymbol());
    }

    private Expr expr(ExprContext ctx) {
        return (Expr) visit(ctx);
    }

    private Value value(ParserRuleContext ctx) {
        return (Value) visit(ctx);
    }

    // ---- boolean level --------------------------------------------------------------------------------------------

    @Override
    public Expr visitFilter(FilterContext ctx) {
        return expr(ctx.expr());
    }

    @Override
    public Expr visitParenExpr(ParenExprContext ctx) {
        return expr(ctx.expr());
    }

    @Override
    public Expr visitNotExpr(NotExprContext ctx) {
        return new Expr.Not(expr(ctx.expr()), span(ctx));
    }

    @Override
    public Expr visitAndExpr(AndExprContext ctx) {
        return new Expr.And(expr(ctx.expr(0)), expr(ctx.expr(1)), span(ctx));
    }

    @Override
    public Expr visitOrExpr(OrExprContext ctx) {
        return new Expr.Or(expr(ctx.expr(0)), expr(ctx.expr(1)), span(ctx));
    }

    @Override
    public Expr visitValueExpr(ValueExprContext ctx) {
        return new Expr.Test(value(ctx.arith()), span(ctx));
    }

    @Override
    public Expr visitRelationExpr(RelationExprContext ctx) {
        Quantifier q = ctx.quant == null ? null
                : ctx.quant.getType() == DisplayFilterParser.ALL ? Quantifier.ALL : Quantifier.ANY;
        RelationTestContext t = ctx.relationTest();
        if (t instanceof ComparisonContext c) {
            return comparison(q, c);
        }
        if (t instanceof ContainsTestContext c) {
            return relation(q, RelOp.CONTAINS, c.entity(0), c.entity(1), span(c.CONTAINS()), span(ctx));
        }
        if (t instanceof MatchesTestContext c) {
            return relation(q, RelOp.MATCHES, c.entity(0), c.entity(1), span(c.MATCHES()), span(ctx));
        }
        MembershipTestContext m = (MembershipTestContext) t;
        List<Expr.SetElement> elements = new ArrayList<>();
        for (SetElementContext e : m.set().setElement()) {
            Value low = value(e.setValue(0));
            Value high = e.setValue().size() > 1 ? value(e.setValue(1)) : null;
            elements.add(new Expr.SetElement(low, high, span(e)));
        }
        if (m.NOT() != null) {
            // Wireshark 4.0's grammar puts "all"/"any" on the NOT node, where nothing reads it: the test inside is
            // always "any" (all tcp.port not in {80} is not (tcp.port in {80}))
            Expr in = new Expr.Membership(Quantifier.ANY, value(m.entity()), elements, span(ctx));
            return new Expr.Not(in, span(ctx));
        }
        return new Expr.Membership(q == null ? Quantifier.ANY : q, value(m.entity()), elements, span(ctx));
    }

    private Expr relation(Quantifier q, RelOp op, ParserRuleContext l, ParserRuleContext r, Span opSpan, Span all) {
        return new Expr.Relation(q == null ? op.defaultQuantifier() : q, op, value(l), value(r), opSpan, all);
    }

    /** {@code a op1 b op2 c} means {@code a op1 b and b op2 c}, as in Wireshark. */
    private Expr comparison(Quantifier explicit, ComparisonContext c) {
        Expr result = null;
        for (int i = 0; i < c.cmpOp().size(); i++) {
            Token op = c.cmpOp(i).getStart();
            RelOp rel = switch (op.getType()) {
                case DisplayFilterParser.EQ, DisplayFilterParser.ALL_EQ -> RelOp.EQ;
                case DisplayFilterParser.NE, DisplayFilterParser.ANY_NE -> RelOp.NE;
                case DisplayFilterParser.GT -> RelOp.GT;
                case DisplayFilterParser.GE -> RelOp.GE;
                case DisplayFilterParser.LT -> RelOp.LT;
                default -> RelOp.LE;
            };
            Quantifier q = switch (op.getType()) {
                case DisplayFilterParser.ALL_EQ -> Quantifier.ALL;
                case DisplayFilterParser.ANY_NE -> Quantifier.ANY;
                default -> rel.defaultQuantifier();
            };
            if (explicit != null) {
                q = explicit;
            }
            Value l = value(c.arith(i));
            Value r = value(c.arith(i + 1));
            Expr one = new Expr.Relation(q, rel, l, r, span(op), l.span().to(r.span()));
            result = result == null ? one : new Expr.And(result, one, result.span().to(one.span()));
        }
        return result;
    }

    // ---- value level ----------------------------------------------------------------------------------------------

    @Override
    public Value visitGroupArith(GroupArithContext ctx) {
        return value(ctx.arith());
    }

    @Override
    public Value visitUnaryArith(UnaryArithContext ctx) {
        Value v = value(ctx.entity());
        return ctx.op.getType() == DisplayFilterParser.MINUS ? new Value.Negate(v, span(ctx)) : v;
    }

    @Override
    public Value visitMulArith(MulArithContext ctx) {
        ArithOp op = switch (ctx.op.getType()) {
            case DisplayFilterParser.STAR -> ArithOp.MULTIPLY;
            case DisplayFilterParser.SLASH -> ArithOp.DIVIDE;
            default -> ArithOp.MODULO;
        };
        return arith(op, ctx.arith(0), ctx.arith(1), ctx.op, ctx);
    }

    @Override
    public Value visitAddArith(AddArithContext ctx) {
        ArithOp op = ctx.op.getType() == DisplayFilterParser.PLUS ? ArithOp.ADD : ArithOp.SUBTRACT;
        return arith(op, ctx.arith(0), ctx.arith(1), ctx.op, ctx);
    }

    @Override
    public Value visitBitAndArith(BitAndArithContext ctx) {
        return arith(ArithOp.BITWISE_AND, ctx.arith(0), ctx.arith(1), ctx.BITAND().getSymbol(), ctx);
    }

    private Value arith(ArithOp op, ArithContext l, ArithContext r, Token opTok, ParserRuleContext ctx) {
        return new Value.Arithmetic(op, value(l), value(r), span(opTok), span(ctx));
    }

    @Override
    public Value visitEntityArith(EntityArithContext ctx) {
        return value(ctx.entity());
    }

    @Override
    public Value visitSliceEntity(SliceEntityContext ctx) {
        return new Value.Slice(value(ctx.entity()), ranges(ctx.rangeList()), span(ctx));
    }

    @Override
    public Value visitFunctionEntity(FunctionEntityContext ctx) {
        List<Value> args = new ArrayList<>();
        for (ArithContext a : ctx.arith()) {
            args.add(value(a));
        }
        return new Value.Call(ctx.WORD().getText(), args, span(ctx.WORD()), span(ctx));
    }

    @Override
    public Value visitWordEntity(WordEntityContext ctx) {
        String word = ctx.WORD().getText();
        if (ctx.layer() != null) {
            return new Value.Field(stripDot(word), layers(ctx.layer()), span(ctx));
        }
        if (word.startsWith(".")) {
            return new Value.Field(word.substring(1), List.of(), span(ctx));
        }
        return new Value.Word(word, span(ctx));
    }

    @Override
    public Value visitReferenceEntity(ReferenceEntityContext ctx) {
        List<SliceRange> layers = ctx.layer() == null ? List.of() : layers(ctx.layer());
        return new Value.Reference(stripDot(ctx.WORD().getText()), layers, span(ctx));
    }

    @Override
    public Value visitStringEntity(StringEntityContext ctx) {
        Token t = ctx.STRING().getSymbol();
        String tok = t.getText();
        boolean raw = tok.charAt(0) == 'r' || tok.charAt(0) == 'R';
        return new Value.StringLit(Escapes.string(tok, t.getStartIndex()), raw, span(t));
    }

    @Override
    public Value visitCharEntity(CharEntityContext ctx) {
        Token t = ctx.CHARCONST().getSymbol();
        return new Value.CharLit(Escapes.charConst(t.getText(), span(t)), t.getText(), span(t));
    }

    @Override
    public Value visitSetValue(SetValueContext ctx) {
        Value v = value(ctx.entity());
        return ctx.op != null && ctx.op.getType() == DisplayFilterParser.MINUS ? new Value.Negate(v, span(ctx)) : v;
    }

    private static String stripDot(String word) {
        return word.startsWith(".") ? word.substring(1) : word;
    }

    private List<SliceRange> layers(LayerContext ctx) {
        if (ctx.WORD() != null) {
            return List.of(RangeParser.parse(ctx.WORD().getText(), span(ctx.WORD())));
        }
        return ranges(ctx.rangeList());
    }

    private List<SliceRange> ranges(RangeListContext ctx) {
        List<SliceRange> out = new ArrayList<>();
        for (RangeNodeContext n : ctx.rangeNode()) {
            Span s = span(n);
            out.add(RangeParser.parse(text.substring(s.start(), s.end()), s));
        }
        return out;
    }
}
