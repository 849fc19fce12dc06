// Package syntax turns the text of a notebook cell into a tree.
//
// The language is the subset of Python that NumPy tutorials are written in.
// Every node of the tree reports where it starts and ends, and every error
// says where it happened. The package knows nothing of values: evaluation
// lives in lang/eval, which imports this package, never the reverse.
//
// Scanner and parser report trouble by panicking with an Error; the public
// entry points (Parse, ParseExpr, IsComplete) recover it and return it, and
// any other panic becomes an "internal error" there, so callers never crash.
package syntax

import "fmt"

// Position is a place in a cell: a 1-based line and a 1-based column
// counted in runes. The zero Position means "unknown".
type Position struct {
	Line, Col int32
}

// IsValid reports whether p names a real place.
func (p Position) IsValid() bool { return p.Line > 0 }

// String renders p as "line:col".
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Before reports whether p comes strictly before q.
func (p Position) Before(q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col
}

// Token is a lexical token kind.
type Token int8

// The tokens of the language.
const (
	ILLEGAL Token = iota
	EOF
	NEWLINE
	INDENT
	OUTDENT

	IDENT   // x
	INT     // 123, 0x1f
	FLOAT   // 1.5, 1e3
	IMAG    // 2j
	STRING  // "abc"
	BYTES   // b"abc"
	FSTRING // f"a{b}c"
	MAGIC   // %timeit x (IPython line magic; the whole line)

	// punctuation
	PLUS       // +
	MINUS      // -
	STAR       // *
	SLASH      // /
	SLASHSLASH // //
	PERCENT    // %
	STARSTAR   // **
	AT         // @
	LTLT       // <<
	GTGT       // >>
	AMP        // &
	PIPE       // |
	CIRCUMFLEX // ^
	TILDE      // ~
	LT         // <
	GT         // >
	LE         // <=
	GE         // >=
	EQL        // ==
	NEQ        // !=
	LPAREN     // (
	RPAREN     // )
	LBRACK     // [
	RBRACK     // ]
	LBRACE     // {
	RBRACE     // }
	COMMA      // ,
	COLON      // :
	DOT        // .
	SEMI       // ;
	EQ         // =
	ARROW      // ->
	ELLIPSIS   // ...
	WALRUS     // :=
	QUESTION   // ? (IPython help)
	BANG       // ! (IPython shell escape)
	PLUS_EQ    // +=
	MINUS_EQ   // -=
	STAR_EQ    // *=
	SLASH_EQ   // /=
	SLASHSLASH_EQ
	PERCENT_EQ
	STARSTAR_EQ
	AT_EQ
	AMP_EQ
	PIPE_EQ
	CIRCUMFLEX_EQ
	LTLT_EQ
	GTGT_EQ

	// keywords
	keywordStart
	AND
	AS
	ASSERT
	ASYNC
	AWAIT
	BREAK
	CLASS
	CONTINUE
	DEF
	DEL
	ELIF
	ELSE
	EXCEPT
	FALSE
	FINALLY
	FOR
	FROM
	GLOBAL
	IF
	IMPORT
	IN
	IS
	LAMBDA
	NONE
	NONLOCAL
	NOT
	OR
	PASS
	RAISE
	RETURN
	TRUE
	TRY
	WHILE
	WITH
	YIELD
	keywordEnd
)

var tokenNames = [...]string{
	ILLEGAL:       "illegal token",
	EOF:           "end of file",
	NEWLINE:       "newline",
	INDENT:        "indent",
	OUTDENT:       "outdent",
	IDENT:         "identifier",
	INT:           "int literal",
	FLOAT:         "float literal",
	IMAG:          "imaginary literal",
	STRING:        "string literal",
	BYTES:         "bytes literal",
	FSTRING:       "f-string",
	MAGIC:         "magic",
	PLUS:          "+",
	MINUS:         "-",
	STAR:          "*",
	SLASH:         "/",
	SLASHSLASH:    "//",
	PERCENT:       "%",
	STARSTAR:      "**",
	AT:            "@",
	LTLT:          "<<",
	GTGT:          ">>",
	AMP:           "&",
	PIPE:          "|",
	CIRCUMFLEX:    "^",
	TILDE:         "~",
	LT:            "<",
	GT:            ">",
	LE:            "<=",
	GE:            ">=",
	EQL:           "==",
	NEQ:           "!=",
	LPAREN:        "(",
	RPAREN:        ")",
	LBRACK:        "[",
	RBRACK:        "]",
	LBRACE:        "{",
	RBRACE:        "}",
	COMMA:         ",",
	COLON:         ":",
	DOT:           ".",
	SEMI:          ";",
	EQ:            "=",
	ARROW:         "->",
	ELLIPSIS:      "...",
	WALRUS:        ":=",
	QUESTION:      "?",
	BANG:          "!",
	PLUS_EQ:       "+=",
	MINUS_EQ:      "-=",
	STAR_EQ:       "*=",
	SLASH_EQ:      "/=",
	SLASHSLASH_EQ: "//=",
	PERCENT_EQ:    "%=",
	STARSTAR_EQ:   "**=",
	AT_EQ:         "@=",
	AMP_EQ:        "&=",
	PIPE_EQ:       "|=",
	CIRCUMFLEX_EQ: "^=",
	LTLT_EQ:       "<<=",
	GTGT_EQ:       ">>=",
	AND:           "and",
	AS:            "as",
	ASSERT:        "assert",
	ASYNC:         "async",
	AWAIT:         "await",
	BREAK:         "break",
	CLASS:         "class",
	CONTINUE:      "continue",
	DEF:           "def",
	DEL:           "del",
	ELIF:          "elif",
	ELSE:          "else",
	EXCEPT:        "except",
	FALSE:         "False",
	FINALLY:       "finally",
	FOR:           "for",
	FROM:          "from",
	GLOBAL:        "global",
	IF:            "if",
	IMPORT:        "import",
	IN:            "in",
	IS:            "is",
	LAMBDA:        "lambda",
	NONE:          "None",
	NONLOCAL:      "nonlocal",
	NOT:           "not",
	OR:            "or",
	PASS:          "pass",
	RAISE:         "raise",
	RETURN:        "return",
	TRUE:          "True",
	TRY:           "try",
	WHILE:         "while",
	WITH:          "with",
	YIELD:         "yield",
}

// String returns the token's spelling, or a description for literal kinds.
func (t Token) String() string {
	if int(t) < len(tokenNames) && tokenNames[t] != "" {
		return tokenNames[t]
	}
	return fmt.Sprintf("token(%d)", int(t))
}

// IsKeyword reports whether t is a reserved word.
func (t Token) IsKeyword() bool { return t > keywordStart && t < keywordEnd }

var keywords = func() map[string]Token {
	m := make(map[string]Token)
	for t := keywordStart + 1; t < keywordEnd; t++ {
		m[tokenNames[t]] = t
	}
	return m
}()

// Keywords returns the reserved words of the language, for completion.
func Keywords() []string {
	var out []string
	for t := keywordStart + 1; t < keywordEnd; t++ {
		out = append(out, tokenNames[t])
	}
	return out
}
