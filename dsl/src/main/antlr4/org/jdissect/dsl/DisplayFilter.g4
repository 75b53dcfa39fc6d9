/*
 * Wireshark 4.0 display-filter language ("tshark -Y").
 *
 * The lexer is deliberately coarse: like Wireshark's scanner, anything that looks like a field name, a number, an
 * address or a byte string is one WORD; whether a WORD is a field, a protocol or a literal is decided later by the
 * type checker, which knows the registry and the type of the field on the other side.
 * Precedence (low to high): or, and, not, comparison, &, + -, * / %, unary - +.
 */
grammar DisplayFilter;

filter : expr EOF ;

expr
    : LPAREN expr RPAREN                                  # parenExpr
    | quant=(ANY | ALL)? relationTest                     # relationExpr
    | arith                                               # valueExpr
    | NOT expr                                            # notExpr
    | expr AND expr                                       # andExpr
    | expr OR expr                                        # orExpr
    ;

relationTest
    : arith (cmpOp arith)+                                # comparison
    | entity CONTAINS entity                              # containsTest
    | entity MATCHES entity                               # matchesTest
    | entity NOT? IN set                                  # membershipTest
    ;

cmpOp : EQ | NE | ALL_EQ | ANY_NE | GT | GE | LT | LE ;

arith
    : LBRACE arith RBRACE                                 # groupArith
    | op=(PLUS | MINUS) entity                            # unaryArith
    | arith op=(STAR | SLASH | PERCENT) arith             # mulArith
    | arith op=(PLUS | MINUS) arith                       # addArith
    | arith BITAND arith                                  # bitAndArith
    | entity                                              # entityArith
    ;

entity
    : entity LBRACKET rangeList RBRACKET                  # sliceEntity
    | WORD LPAREN (arith (COMMA arith)*)? RPAREN          # functionEntity
    | WORD layer?                                         # wordEntity
    | DOLLAR LBRACE WORD layer? RBRACE                    # referenceEntity
    | STRING                                              # stringEntity
    | CHARCONST                                           # charEntity
    ;

layer : HASH (WORD | LBRACKET rangeList RBRACKET) ;

rangeList : rangeNode (COMMA rangeNode)* ;

// The text of a range node ("3", "-3:3", "1-5", ":4", "2:") is re-read from the source by the AST builder.
rangeNode : (MINUS | WORD)+ ;

set : LBRACE setElement (COMMA setElement)* RBRACE ;

setElement : setValue (DOTDOT setValue)? ;

setValue : op=(PLUS | MINUS)? entity ;

// ---- lexer ----------------------------------------------------------------------------------------------------

// keywords come before WORD: on a tie ANTLR prefers the first rule, and a longer word ("android") still wins
EQ       : '==' | 'eq' | 'any_eq' ;
NE       : '!=' | 'ne' | 'all_ne' ;
ALL_EQ   : '===' | 'all_eq' ;
ANY_NE   : '!==' | 'any_ne' | '~=' ; // '~=' is 4.0's deprecated spelling
GT       : '>' | 'gt' ;
GE       : '>=' | 'ge' ;
LT       : '<' | 'lt' ;
LE       : '<=' | 'le' ;
CONTAINS : 'contains' ;
MATCHES  : 'matches' | '~' ;
IN       : 'in' ;
NOT      : 'not' | '!' ;
AND      : 'and' | '&&' ;
OR       : 'or' | '||' ;
ANY      : 'any' ;
ALL      : 'all' ;
BITAND   : '&' | 'bitwise_and' ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
COMMA    : ',' ;
DOTDOT   : '..' ;
HASH     : '#' ;
DOLLAR   : '$' ;
PLUS     : '+' ;
MINUS    : '-' ;
STAR     : '*' ;
SLASH    : '/' ;
PERCENT  : '%' ;

// escapes are validated by the AST builder so that a bad one gets a precise message and span
STRING    : [rR]? '"' ( '\\' . | ~[\\"] )* '"' ;
CHARCONST : '\'' ( '\\' . | ~[\\'] )* '\'' ;

// A word never starts with '-' (that is unary minus) and never contains "..", so "80..90" is a range.
WORD : '.'? WSTART ( WCHAR | '.' WCHAR )* ;

fragment WSTART : [a-zA-Z0-9_:] ;
fragment WCHAR  : [a-zA-Z0-9_:/\-] ;

WS : [ \t\n]+ -> skip ; // 4.0's scanner: [[:blank:]\n]; a carriage return is an error outside quotes

// anything else ("=", "^", an unterminated quote) becomes a token the parser reports as unexpected
ERROR_CHAR : . ;
