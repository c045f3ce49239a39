import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Composer = composer.Composer;
exports.Document = Document.Document;
exports.Schema = Schema.Schema;
exports.YAMLError = errors.YAMLError;
exports.YAMLParseError = errors.YAMLParseError;
exports.YAMLWarning = errors.YAMLWarning;
exports.Alias = Alias.Alias;
exports.isAlias = identity.isAlias;
exports.isCollection = identity.isCollection;
exports.isDocument = identity.isDocument;
exports.isMap = identity.isMap;
exports.isNode = identity.isNode;
exports.isPair = identity.isPair;
exports.isScalar = identity.isScalar;
exports.isSeq = identity.isSeq;
exports.Pair = Pair.Pair;
exports.Scalar = Scalar.Scalar;
exports.YAMLMap = YAMLMap.YAMLMap;
exports.YAMLSeq = YAMLSeq.YAMLSeq;
exports.CST = cst;
exports.Lexer = lexer.Lexer;
exports.LineCounter = lineCounter.LineCounter;
exports.Parser = parser.Parser;
exports.parse = publicApi.parse;
exports.parseAllDocuments = publicApi.parseAllDocuments;
exports.parseDocument = publicApi.parseDocument;
exports.stringify = publicApi.stringify;
exports.visit = visit.visit;
exports.visitAsync = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The three outcomes of a run are different things (DESIGN.md, exit codes):
 * a failed gate is a result (exit 1); a user mistake is an {@link InputError} (exit 2,
 * one clear line, no stack trace); anything else is our bug (exit 3).
 */
/** Base of every user mistake: the message is one line that says what and where. */
class InputError extends Error {
    exitCode = 2;
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** A wrong input, option, config file or gate: names the input and what is allowed. */
class errors_ConfigurationError extends InputError {
}
/** A file that is missing, unreadable, malformed, or holds a value that cannot be used. */
class DataError extends InputError {
    location;
    constructor(message, location = {}) {
        super(formatLocated(message, location));
        this.location = location;
    }
}
function formatLocated(message, { file, column, row }) {
    const where = [];
    if (file !== undefined)
        where.push(file);
    if (row !== undefined)
        where.push(`row ${row}`);
    if (column !== undefined)
        where.push(`column "${column}"`);
    return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}
/** Exit code for anything thrown out of a run: 2 for user mistakes, 3 for our own bugs. */
function exitCodeOf(error) {
    return error instanceof InputError ? 2 : 3;
}
/** One line for the user: the message of an input error, or a bug report line for ours. */
function describeError(error) {
    if (error instanceof InputError)
        return error.message;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return `mlgate internal error (please report it): ${detail}`;
}

;// CONCATENATED MODULE: ./src/logger.ts
/** A logger that writes to a stream (stderr for the CLI), `debug` only when asked. */
function streamLogger(stream, verbose = false) {
    const write = (prefix) => (message) => {
        stream.write(`${prefix}${message}\n`);
    };
    return {
        debug: verbose ? write('debug: ') : () => { },
        info: write(''),
        notice: write('notice: '),
        warning: write('warning: '),
        error: write('error: '),
    };
}
function memoryLogger() {
    const lines = [];
    const keep = (level) => (message) => {
        lines.push(`${level}: ${message}`);
    };
    return {
        lines,
        debug: keep('debug'),
        info: keep('info'),
        notice: keep('notice'),
        warning: keep('warning'),
        error: keep('error'),
    };
}
const silentLogger = {
    debug() { },
    info() { },
    notice() { },
    warning() { },
    error() { },
};

;// CONCATENATED MODULE: ./src/result.ts
/**
 * The result object (DESIGN.md contract): written by `--json` and the `result-path` output.
 * Markdown, outputs and the exit code are all derived from it, so they cannot disagree.
 */
const ACTION_NAMES = ['validate-data', 'evaluate-model', 'compare-champion', 'drift-report'];
/**
 * The verdict from gate statuses: any `fail` or `error` fails; `warn` and `inconclusive`
 * (when not configured to fail) warn; otherwise pass.
 */
function verdictOf(statuses) {
    if (statuses.includes('error'))
        return 'error';
    if (statuses.includes('fail'))
        return 'fail';
    if (statuses.includes('warn') || statuses.includes('inconclusive'))
        return 'warn';
    return 'pass';
}
/** Exit code of a finished run: 0 pass or warn, 1 a gate failed (DESIGN.md). */
function exitCodeOfVerdict(verdict) {
    return verdict === 'pass' || verdict === 'warn' ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/artifacts/reference.ts
/**
 * Artefact references (DESIGN.md, contract): a file input may name a file inside a workflow
 * artifact instead of a path on disk.
 *
 * ```
 * artifact:<name>/<path>                 uploaded earlier in this run
 * artifact:<name>@<branch>/<path>        latest successful run of the workflow on <branch>
 * artifact:<name>@{<branch/with/slashes>}/<path>
 * artifact:<name>@default/<path>         … on the repository's default branch
 * artifact:<name>@run:<id>/<path>        one run, by id
 * ```
 * `<name>` ends at the first `@` or `/` (artifact names cannot contain `/`; a name containing `@`
 * cannot be referenced). A branch containing `/` is written in braces, which git forbids in branch
 * names (`@{`), so the form is unambiguous. `<path>` is a file (or a glob) inside the artifact; it
 * may not climb out of it (`..`) or be absolute.
 */

const ARTIFACT_PREFIX = 'artifact:';
function isArtifactReference(value) {
    return typeof value === 'string' && value.trim().startsWith(ARTIFACT_PREFIX);
}
/** Characters artifact names may not contain (as @actions/artifact's upload validation). */
const INVALID_NAME = /["<>|*?:\\/\r\n]/;
/**
 * Parses one reference. `input` names the input in error messages.
 * @throws ConfigurationError naming the input and the expected forms
 */
function parseArtifactReference(text, input) {
    const trimmed = text.trim();
    const fail = (why) => {
        throw new errors_ConfigurationError(`input "${input}": cannot read the artifact reference "${trimmed}": ${why} ` +
            '(expected artifact:<name>/<path>, artifact:<name>@<branch>/<path>, artifact:<name>@default/<path> or artifact:<name>@run:<id>/<path>)');
    };
    const rest = trimmed.slice(ARTIFACT_PREFIX.length);
    const nameEnd = rest.search(/[@/]/);
    if (nameEnd <= 0)
        fail(nameEnd === 0 ? 'the artifact name is empty' : 'no path inside the artifact');
    const artifact = rest.slice(0, nameEnd);
    if (INVALID_NAME.test(artifact))
        fail(`"${artifact}" is not a valid artifact name`);
    let run = { kind: 'current' };
    let afterSelector = rest.slice(nameEnd);
    if (afterSelector.startsWith('@')) {
        let selector;
        if (afterSelector.startsWith('@{')) {
            const close = afterSelector.indexOf('}');
            if (close < 0)
                fail('"@{" without a closing "}"');
            selector = afterSelector.slice(2, close);
            afterSelector = afterSelector.slice(close + 1);
            if (selector === '')
                fail('the branch in "@{}" is empty');
            run = { kind: 'branch', branch: selector };
        }
        else {
            const slash = afterSelector.indexOf('/');
            selector = slash < 0 ? afterSelector.slice(1) : afterSelector.slice(1, slash);
            afterSelector = slash < 0 ? '' : afterSelector.slice(slash);
            run = selectorOf(selector, fail);
        }
    }
    if (!afterSelector.startsWith('/') || afterSelector.length === 1)
        fail('no path inside the artifact');
    const path = normalisePath(afterSelector.slice(1), fail);
    return { text: trimmed, artifact, run, path };
}
function selectorOf(selector, fail) {
    if (selector === '')
        return fail('nothing after "@"');
    if (selector === 'default')
        return { kind: 'default-branch' };
    if (selector.startsWith('run:')) {
        const id = selector.slice(4);
        if (!/^[1-9]\d{0,15}$/.test(id))
            return fail(`"${id}" is not a run id`);
        return { kind: 'run', runId: Number(id) };
    }
    return { kind: 'branch', branch: selector };
}
function normalisePath(path, fail) {
    if (path.startsWith('/') || path.includes('\\'))
        return fail(`the path "${path}" must be relative, with "/" separators`);
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        return fail(`the path "${path}" may not contain ".."`);
    if (segments.length === 0)
        return fail('no path inside the artifact');
    return segments.join('/');
}
/** How a reference's run is described to people ("main", "the default branch", "run 123"). */
function describeSelector(run) {
    switch (run.kind) {
        case 'current':
            return 'this run';
        case 'branch':
            return run.branch;
        case 'default-branch':
            return 'the default branch';
        case 'run':
            return `run ${run.runId}`;
    }
}

;// CONCATENATED MODULE: ./src/artifacts/resolve-inputs.ts


/** The file inputs of `values` given as artefact references, parsed (in spec order). */
function findArtifactReferences(values, specs) {
    const found = [];
    for (const spec of specs) {
        const value = values[spec.name];
        if (spec.kind !== 'file' || !isArtifactReference(value))
            continue;
        found.push({ input: spec.name, reference: parseArtifactReference(value, spec.name) });
    }
    return found;
}
/**
 * `values` with every artefact reference replaced by a local path.
 * @param resolver undefined where references cannot be resolved (the CLI): then any reference
 *   is a ConfigurationError saying how to get the file instead
 */
async function resolveArtifactInputs(values, specs, resolver) {
    const references = findArtifactReferences(values, specs);
    if (references.length === 0)
        return { values, sources: {} };
    if (resolver === undefined) {
        const { input, reference } = references[0];
        throw new errors_ConfigurationError(`input "${input}": the artifact reference "${reference.text}" is resolved by the GitHub action only; ` +
            `here, download the artifact first (gh run download <run-id> -n ${reference.artifact}) and give the file's path`);
    }
    const active = resolver();
    const resolved = { ...values };
    const sources = {};
    for (const { input, reference } of references) {
        const { localPath, provenance } = await active.resolve(input, reference);
        resolved[input] = localPath;
        sources[input] = provenance;
    }
    return { values: resolved, sources };
}

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Small markdown pieces every report is built from. Data never reaches markdown unescaped:
 * table cells and inline text go through {@link escapeText}.
 */

/**
 * Escapes text from data for inline markdown: markdown punctuation, HTML, table pipes, line
 * breaks (a cell must stay on one line), and `@` (so a value never mentions anyone).
 */
function escapeText(text) {
    return text
        .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '&#64;')
        .replace(/\r\n|\r|\n/g, ' ');
}
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}`;
}
/**
 * A table. Cells are markdown already (callers escape data with escapeText or build cells from
 * formatted numbers); the header is escaped here.
 */
function table(header, rows, align) {
    return markdownTable([header.map(escapeText), ...rows.map((r) => [...r])], { align: align ? [...align] : undefined });
}
/** A collapsed section; the body is markdown. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
/** Joins non-empty blocks with blank lines. */
function blocks(...parts) {
    return parts.filter((p) => typeof p === 'string' && p.length > 0).join('\n\n');
}
/** Inline code for a name from data (a column, a metric). */
function code(text) {
    const clean = text.replace(/\r\n|\r|\n/g, ' ');
    const ticks = clean.includes('`') ? '``' : '`';
    const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${clean.replace(/\|/g, '\\|')}${pad}${ticks}`;
}

;// CONCATENATED MODULE: ./src/artifacts/provenance.ts
/**
 * Where a file input came from when it was an artefact reference: recorded in the result object
 * (`sources`, keyed by input name) so a report can be reproduced, and shown under the report.
 */

/** One line for the log: which run was used and which were skipped. */
function describeProvenance(input, p) {
    const run = p.runId === null ? 'this run' : `run ${p.runId}${p.runNumber !== null ? ` (#${p.runNumber})` : ''}`;
    const of = p.workflow ? ` of ${p.workflow}${p.branch ? ` on ${p.branch}` : ''}` : '';
    const commit = p.headSha ? `, commit ${p.headSha.slice(0, 7)}` : '';
    const skipped = p.skippedRuns.length > 0
        ? `; skipped ${p.skippedRuns.length} newer run${p.skippedRuns.length === 1 ? '' : 's'}: ${p.skippedRuns.map(describeSkipped).join('; ')}`
        : '';
    return `${input}: ${p.path} from artifact ${p.artifactName} (id ${p.artifactId}) of ${run}${of}${commit}${skipped}`;
}
function describeSkipped(s) {
    return `${s.runNumber !== null ? `#${s.runNumber} ` : ''}(run ${s.runId}) ${s.reason}`;
}
/** A folded "Inputs from artifacts" block for the bottom of a report; '' when there are none. */
function renderSources(sources) {
    const entries = Object.entries(sources ?? {});
    if (entries.length === 0)
        return '';
    const rows = entries.map(([input, p]) => {
        const runText = p.runId === null ? 'this run' : `${p.runNumber !== null ? `#${p.runNumber} ` : ''}run ${p.runId}`;
        const run = p.runUrl ? `[${escapeText(runText)}](${p.runUrl})` : escapeText(runText);
        const where = [p.workflow, p.branch].filter((x) => !!x).map(escapeText).join(' on ');
        return [
            code(input),
            code(p.reference),
            `${run}${where ? ` (${where})` : ''}${p.headSha ? ` at ${code(p.headSha.slice(0, 7))}` : ''}`,
            `${escapeText(p.artifactName)} (id ${p.artifactId})`,
            p.skippedRuns.length === 0 ? '—' : escapeText(p.skippedRuns.map(describeSkipped).join('; ')),
        ];
    });
    return details('Inputs from artifacts', table(['Input', 'Reference', 'Run used', 'Artifact', 'Newer runs skipped'], rows));
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/util/closest-name.ts
/** Levenshtein edit distance, two rows of the table at a time. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidate closest to `name` (case-insensitive edit distance), if it is close enough to be
 * a plausible typo: at most a third of the longer name's length, at least 1 edit allowed.
 */
function closestName(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(name.length, best?.length ?? 0) / 3));
    return bestDistance <= allowed ? best : undefined;
}

;// CONCATENATED MODULE: ./src/config/values.ts
/**
 * Strict readers for raw input values. Each takes the input name so that its message says which
 * input was wrong and what is allowed; none of them guesses ("yes" is not a boolean).
 */

/** YAML 1.2 core-schema booleans only: true/True/TRUE/false/False/FALSE. */
function readBoolean(name, raw) {
    const v = raw.trim();
    if (v === 'true' || v === 'True' || v === 'TRUE')
        return true;
    if (v === 'false' || v === 'False' || v === 'FALSE')
        return false;
    throw new errors_ConfigurationError(`input "${name}": "${raw}" is not a boolean (use true or false)`);
}
/** A finite decimal number, optionally within inclusive bounds. */
function readNumber(name, raw, bounds = {}) {
    const v = raw.trim();
    const n = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n))
        throw new errors_ConfigurationError(`input "${name}": "${raw}" is not a number`);
    checkBounds(name, raw, n, bounds);
    return n;
}
/** A whole number, optionally within inclusive bounds. */
function readInteger(name, raw, bounds = {}) {
    const v = raw.trim();
    if (!/^[+-]?\d+$/.test(v))
        throw new errors_ConfigurationError(`input "${name}": "${raw}" is not a whole number`);
    const n = Number(v);
    checkBounds(name, raw, n, bounds);
    return n;
}
function checkBounds(name, raw, n, { min, max }) {
    if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
        const range = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`;
        throw new errors_ConfigurationError(`input "${name}": ${raw.trim()} is out of range (must be ${range})`);
    }
}
/** One of the allowed values, exactly. */
function readEnum(name, raw, allowed) {
    const v = raw.trim();
    if (allowed.includes(v))
        return v;
    throw new errors_ConfigurationError(`input "${name}": "${raw}" is not allowed (use one of: ${allowed.join(', ')})`);
}
/** A list written comma- or newline-separated; blanks dropped. */
function readList(raw) {
    return raw
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}

;// CONCATENATED MODULE: ./src/config/input-reader.ts
/**
 * Raw inputs — from INPUT_* variables, CLI flags or a `--config` YAML file — read through their
 * specs into typed values. Unknown names are refused with the closest known one; defaults come
 * from the spec, so they are stated once.
 */





class InputReader {
    values;
    specs;
    constructor(values, specs) {
        this.values = values;
        this.specs = new Map(specs.map((s) => [s.name, s]));
        for (const key of Object.keys(values)) {
            if (!this.specs.has(key))
                throw unknownInput(key, [...this.specs.keys()]);
        }
    }
    /** The text of an input, its default when unset, undefined when neither. */
    string(name) {
        const value = this.values[name];
        if (value === undefined || value === null || value === '')
            return this.spec(name).default;
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        if (Array.isArray(value))
            return value.map(String).join('\n');
        throw new errors_ConfigurationError(`input "${name}": expected a single value, got ${describe(value)}`);
    }
    required(name) {
        const value = this.string(name);
        if (value === undefined || value.trim() === '')
            throw new errors_ConfigurationError(`input "${name}" is required`);
        return value.trim();
    }
    optional(name) {
        const value = this.string(name)?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
    boolean(name) {
        const raw = this.optional(name);
        return raw === undefined ? undefined : readBoolean(name, raw);
    }
    number(name) {
        const raw = this.optional(name);
        const spec = this.spec(name);
        return raw === undefined ? undefined : readNumber(name, raw, spec);
    }
    integer(name) {
        const raw = this.optional(name);
        const spec = this.spec(name);
        return raw === undefined ? undefined : readInteger(name, raw, spec);
    }
    enum(name) {
        const raw = this.optional(name);
        return raw === undefined ? undefined : readEnum(name, raw, (this.spec(name).allowed ?? []));
    }
    list(name) {
        const raw = this.string(name);
        return raw === undefined ? [] : readList(raw);
    }
    /** Gate lines: split on newlines and commas that are not inside a number. */
    lines(name) {
        const raw = this.string(name);
        return raw === undefined ? [] : readList(raw);
    }
    /** A structured value (a map from the config file), as parsed YAML; undefined when absent. */
    structured(name) {
        this.spec(name);
        return this.values[name];
    }
    spec(name) {
        const spec = this.specs.get(name);
        if (!spec)
            throw new Error(`input "${name}" is read but not declared in the action's input specs`);
        return spec;
    }
}
function unknownInput(key, known) {
    const closest = closestName(key, known);
    const hint = closest ? ` (did you mean "${closest}"?)` : '';
    return new errors_ConfigurationError(`unknown input "${key}"${hint}; known inputs: ${[...known].sort().join(', ')}`);
}
function describe(value) {
    return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a map' : typeof value;
}
/**
 * Direct values over the config file's: reads the YAML file named by the `config` input (if
 * any) and lays the direct values on top. Config keys are the inputs' kebab-case names.
 */
function withConfigFile(direct) {
    const path = typeof direct.config === 'string' && direct.config.trim() !== '' ? direct.config.trim() : undefined;
    if (!path)
        return direct;
    const fromFile = readConfigFile(path);
    const merged = { ...fromFile };
    for (const [key, value] of Object.entries(direct)) {
        if (value !== undefined && value !== '')
            merged[key] = value;
    }
    delete merged.config;
    return merged;
}
function readConfigFile(path) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors_ConfigurationError(`config file ${path}: ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'unknown error'})`}`);
    }
    let parsed;
    try {
        parsed = dist.parse(text);
    }
    catch (error) {
        const message = error.message.split('\n')[0];
        throw new errors_ConfigurationError(`config file ${path}: not valid YAML (${message})`);
    }
    if (parsed === null || parsed === undefined)
        return {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors_ConfigurationError(`config file ${path}: expected a map of input names to values`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./src/config/input-spec.ts
/**
 * Every input of every action is named once, here and in each action's `inputs.ts`; the
 * action.yml files and their README tables are generated from these specs
 * (scripts/generate-action-docs.ts), and a test keeps them in sync.
 */
/** Inputs every action has. */
const COMMON_INPUTS = [
    { name: 'gates', kind: 'gates', description: 'Gates, one a line (or comma-separated): `<metric>[.<field>] <op> <number>[%] [warn]`, e.g. `roc_auc.lower >= 0.9`.' },
    { name: 'config', kind: 'file', description: 'A YAML file with any of these inputs as keys (kebab-case). Inputs given directly win over the file.' },
    { name: 'name', kind: 'string', description: 'A label for this run: names the report section and the default comment id (for matrix jobs).' },
    { name: 'comment', kind: 'enum', allowed: ['update', 'recreate', 'off'], default: 'update', only: 'action', description: 'The sticky PR comment: `update` it in place, `recreate` it at the bottom, or `off`.' },
    { name: 'comment-id', kind: 'string', only: 'action', description: 'Which sticky comment to write (found by a hidden marker). Default: the action name plus `name`. Jobs sharing an id share one comment, one section each.' },
    { name: 'github-token', kind: 'string', actionDefault: '${{ github.token }}', only: 'action', description: 'Token for comments, commit statuses and artifacts of other runs (`actions: read`).' },
    { name: 'json', kind: 'string', description: 'Write the result object (JSON) to this file. In the action the default is a file under RUNNER_TEMP, given as the `result-path` output.' },
    { name: 'markdown', kind: 'string', only: 'cli', description: 'Write the markdown report to this file instead of standard output.' },
    { name: 'status', kind: 'boolean', default: 'false', only: 'action', description: 'Also set a commit status `mlgate/<comment-id>` (plus `/<name>` for a section of a shared comment) with the verdict, so the gate can be a required check (needs `permissions: statuses: write`).' },
    { name: 'report-artifact', kind: 'enum', allowed: ['auto', 'true', 'false'], default: 'auto', only: 'action', description: 'Upload the report and the PR number as an artifact (`mlgate-report-<comment-id>`) for the `post-report` action in a `workflow_run` workflow to post. `auto`: when the token may not comment or set the status (pull requests from forks).' },
    { name: 'workflow', kind: 'string', only: 'action', description: 'The workflow (file name such as `train.yml`, or id) whose runs `artifact:<name>@<branch>/<path>` references search. Default: this run\'s workflow.' },
    { name: 'max-runs-back', kind: 'integer', default: '10', min: 1, max: 1000, only: 'action', description: 'How many successful runs an `artifact:<name>@<branch>/<path>` reference looks at, newest first, walking past runs whose artifact expired or is missing.' },
];
/** Inputs of an action that has a file input marked `promote` (added after its own inputs). */
const PROMOTION_INPUTS = [
    { name: 'promote', kind: 'boolean', only: 'action', description: 'When the gates pass, upload this run\'s file (and the result object, `mlgate-result.json`) as the artifact later runs compare against. Default: true on a push to the default branch, false elsewhere.' },
    { name: 'promote-artifact', kind: 'string', only: 'action', description: 'The name of the promoted artifact (reference it as `artifact:<name>@<branch>/<file>`).' },
    { name: 'promote-retention-days', kind: 'integer', min: 1, max: 400, only: 'action', description: 'Days GitHub keeps the promoted artifact. Default: the repository\'s setting (90 unless changed); older baselines are walked past when they expire.' },
];
/** Outputs every action sets; set to safe defaults before anything can fail. */
const COMMON_OUTPUTS = [
    { name: 'verdict', description: '`pass`, `warn`, `fail` or `error`.' },
    { name: 'passed', description: '`true` when no gate failed (warnings allowed), else `false`.' },
    { name: 'result-path', description: 'Path of the JSON result object.' },
    { name: 'failed-gates', description: 'The gates that failed, one a line (empty when none).' },
];

;// CONCATENATED MODULE: ./src/run/common-config.ts

function readCommonConfig(reader, action, runner) {
    const inAction = runner === 'action';
    const name = reader.optional('name');
    const commentId = (inAction ? reader.optional('comment-id') : undefined) ?? (name ? `${action}-${name.replace(/\s+/g, '-')}` : action);
    // The id lives inside an HTML comment marker: it must not be able to close it.
    if (/--|[<>\s]/.test(commentId)) {
        throw new errors_ConfigurationError(`input "comment-id": "${commentId}" may not contain spaces, "<", ">" or "--"`);
    }
    return {
        name,
        jsonPath: reader.optional('json'),
        markdownPath: inAction ? undefined : reader.optional('markdown'),
        commentMode: inAction ? (reader.enum('comment') ?? 'update') : 'off',
        commentId,
        githubToken: inAction ? reader.optional('github-token') : undefined,
    };
}

;// CONCATENATED MODULE: ./src/run/run-definition.ts
/**
 * The flow shared by the CLI and the action: inputs → config → compute → gate → report.
 * GitHub and the terminal are only at the two ends (the callers).
 *
 * Between reading the inputs and `configure`, every `file` input given as an artefact reference
 * (`artifact:<name>@<branch>/<path>`, DESIGN.md) is replaced by a local path through the
 * runner's resolver; the result object then records where each came from (`sources`).
 */







/** The input whose file a run may promote as the next baseline, if the action has one. */
function promotableInput(definition) {
    return definition.inputs.find((s) => s.kind === 'file' && s.promote !== undefined);
}
const REFERENCE_NOTE = ' Also `artifact:<name>/<path>` (this run), `artifact:<name>@<branch>/<path>` (latest successful run on a branch; `@default`) or `artifact:<name>@run:<id>/<path>`.';
/**
 * All inputs of an action for a runner: its own, the promotion inputs when it has a promotable
 * file, then the common ones, minus the other runner's. In the action, file inputs say that they
 * accept artefact references.
 */
function inputsFor(definition, runner) {
    const exclude = runner === 'cli' ? 'action' : 'cli';
    const promotable = promotableInput(definition);
    const promotion = promotable
        ? PROMOTION_INPUTS.map((s) => (s.name === 'promote-artifact' ? { ...s, default: promotable.promote } : s))
        : [];
    return [...definition.inputs, ...promotion, ...COMMON_INPUTS]
        .filter((s) => s.only !== exclude)
        .map((s) => (runner === 'action' && s.kind === 'file' && s.name !== 'config' ? { ...s, description: s.description + REFERENCE_NOTE } : s));
}
/** Reads the inputs (config file under direct values), resolves artefact references, computes and renders. */
async function runDefinition(definition, direct, runner, context, hooks = {}) {
    if (isArtifactReference(direct.config)) {
        throw new errors_ConfigurationError('input "config": the config file cannot be an artifact reference; give a path in the repository');
    }
    const specs = inputsFor(definition, runner);
    const values = withConfigFile(direct);
    const raw = new InputReader(values, specs);
    const common = readCommonConfig(raw, definition.name, runner);
    hooks.onCommon?.(common, raw);
    const makeResolver = hooks.artifactResolver;
    const settings = () => ({
        token: common.githubToken,
        workflow: raw.optional('workflow'),
        maxRunsBack: raw.integer('max-runs-back') ?? 10,
    });
    const { values: resolved, sources } = await resolveArtifactInputs(values, specs, makeResolver ? () => makeResolver(settings()) : undefined);
    const reader = new InputReader(resolved, specs);
    const config = definition.configure(reader);
    const result = await definition.execute(config, context);
    const hasSources = Object.keys(sources).length > 0;
    if (hasSources)
        result.sources = sources;
    const report = definition.render(result, config, common);
    const markdown = hasSources ? `${report}\n\n${renderSources(sources)}` : report;
    return { result, markdown, common, sources, reader };
}
/** The gates that failed, one a line (the `failed-gates` output). */
function failedGates(result) {
    return result.gates
        .filter((g) => g.status === 'fail' || g.status === 'error')
        .map((g) => g.id)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/report/format.ts
/**
 * Every number in every report is formatted here, so a value reads the same in the verdict line,
 * a table cell and a gate message.
 */
const DASH = '—';
/**
 * Four significant digits below 1,000 (trailing zeros dropped), whole numbers with thousands
 * separators above, exponential notation below 0.001. null / NaN → "—".
 * @example formatNumber(0.912345) // "0.9123"; formatNumber(1234567) // "1,234,567"; formatNumber(0.0000123) // "1.23e-5"
 */
function formatNumber(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return DASH;
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (value === 0)
        return '0';
    const magnitude = Math.abs(value);
    if (Number.isInteger(value) && magnitude < 1e15)
        return groupThousands(value);
    if (magnitude >= 1000)
        return groupThousands(Math.round(value));
    if (magnitude < 1e-3)
        return exponential(value, 3);
    return trimZeros(value.toPrecision(4));
}
/** An integer count with thousands separators. */
function formatCount(value) {
    return groupThousands(value);
}
/**
 * p-values: three significant digits from 0.001 up, exponential notation below (so 3e-12 does not
 * read as 0), and "< 1e-300" at the floor of double precision.
 */
function formatPValue(p) {
    if (p === null || p === undefined || Number.isNaN(p))
        return DASH;
    if (p === 0)
        return '< 1e-300';
    if (p >= 0.001)
        return trimZeros(p.toPrecision(3));
    return exponential(p, 2);
}
/** A share as a percentage with up to one decimal: 0.1234 → "12.3%". */
function formatPercent(share) {
    if (share === null || share === undefined || Number.isNaN(share))
        return DASH;
    const pct = share * 100;
    return `${trimZeros(pct.toFixed(Math.abs(pct) < 10 && pct !== Math.round(pct) ? 2 : 1))}%`;
}
/** An interval as "[lo, hi]". */
function formatInterval(interval) {
    if (!interval)
        return DASH;
    return `[${formatNumber(interval[0])}, ${formatNumber(interval[1])}]`;
}
/** A signed difference: "+0.0123" / "−0.0045". */
function formatDelta(value) {
    if (value === null || value === undefined || Number.isNaN(value))
        return DASH;
    const text = formatNumber(Math.abs(value));
    if (value > 0)
        return `+${text}`;
    if (value < 0)
        return `−${text}`;
    return text;
}
function groupThousands(value) {
    const sign = value < 0 ? '-' : '';
    const digits = Math.abs(value).toFixed(0);
    return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function exponential(value, significant) {
    const [mantissa, exponent] = value.toExponential(significant - 1).split('e');
    return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}
function trimZeros(text) {
    return text.includes('.') && !text.includes('e') ? text.replace(/\.?0+$/, '') : text;
}

;// CONCATENATED MODULE: ./src/gates/gate.ts
/** True when `observed op threshold` holds. */
function compare(observed, op, threshold) {
    switch (op) {
        case '<':
            return observed < threshold;
        case '<=':
            return observed <= threshold;
        case '>':
            return observed > threshold;
        case '>=':
            return observed >= threshold;
        case '==':
            return observed === threshold;
    }
}

;// CONCATENATED MODULE: ./src/gates/evaluate-gates.ts
/**
 * Gate evaluation, the same for every action: each action says which subjects exist
 * (a {@link GateCatalogue}) and what a subject's value is after computing (a resolver).
 */




/** Splits `accuracy.delta.lower` into metric and the longest known field. */
function splitSubject(subject, fields) {
    const byLength = [...fields].sort((a, b) => b.length - a.length);
    for (const field of byLength) {
        if (subject.endsWith(`.${field}`) && subject.length > field.length + 1) {
            return { metric: subject.slice(0, -field.length - 1), field };
        }
    }
    return { metric: subject };
}
/** Refuses gates naming an unknown metric or field, listing the known names. */
function checkGateSubjects(gates, catalogue) {
    for (const gate of gates) {
        if (catalogue.patterns?.some((p) => p.pattern.test(gate.subject)))
            continue;
        const { metric } = splitSubject(gate.subject, catalogue.fields);
        if (catalogue.metrics.includes(metric))
            continue;
        const closest = closestName(metric, catalogue.metrics);
        const hint = closest ? ` (did you mean "${closest}"?)` : '';
        const fields = catalogue.fields.length > 0 ? `; fields: ${catalogue.fields.map((f) => `.${f}`).join(', ')}` : '';
        const patterns = catalogue.patterns?.length ? `; also ${catalogue.patterns.map((p) => p.describe).join(', ')}` : '';
        throw new errors_ConfigurationError(`gate "${gate.id}": unknown metric "${metric}"${hint}; known metrics: ${catalogue.metrics.join(', ')}${fields}${patterns}`);
    }
}
function evaluateGates(gates, catalogue, resolve) {
    return gates.map((gate) => {
        const { metric, field } = splitSubject(gate.subject, catalogue.fields);
        const target = resolve(metric, field, gate.subject);
        const base = { id: gate.id, metric: gate.subject, op: gate.op, threshold: gate.threshold };
        if (target === undefined) {
            return { ...base, observed: null, status: 'error', message: `${gate.subject} is not computed for this run` };
        }
        if (target.observed === null)
            return { ...base, observed: null, status: target.status, message: target.reason };
        const { observed } = target;
        const shown = `${formatNumber(observed)} ${gate.op} ${formatNumber(gate.threshold)}`;
        if (compare(observed, gate.op, gate.threshold))
            return { ...base, observed, status: 'pass', message: shown };
        if (target.interval && straddles(target.interval, gate)) {
            const [lo, hi] = target.interval;
            return {
                ...base,
                observed,
                status: 'inconclusive',
                message: `interval [${formatNumber(lo)}, ${formatNumber(hi)}] contains ${formatNumber(gate.threshold)}: the data cannot decide`,
            };
        }
        const status = gate.severity === 'warn' ? 'warn' : 'fail';
        return { ...base, observed, status, message: `${formatNumber(observed)} is not ${gate.op} ${formatNumber(gate.threshold)}` };
    });
}
/** A bound fails its comparison but the interval's other end passes it. */
function straddles(interval, gate) {
    return interval.some((end) => compare(end, gate.op, gate.threshold));
}
/** The statuses as the verdict counts them: an inconclusive gate fails or warns by policy, a warn-severity gate never fails. */
function countedStatuses(results, gates, policy) {
    return results.map((r, i) => {
        if (r.status !== 'inconclusive')
            return r.status;
        if (gates[i]?.severity === 'warn')
            return 'warn';
        return policy.inconclusive === 'fail' ? 'fail' : 'warn';
    });
}

;// CONCATENATED MODULE: ./src/stats/ranking.ts
/**
 * One sort of a score column against a binary truth, shared by every ranking statistic (ROC AUC,
 * DeLong's variance and test, average precision): the rows in ascending score order, whether each
 * is positive, and the tie groups (runs of equal scores) with their positive counts.
 *
 * The sort is a radix sort of the IEEE-754 bit patterns as unsigned 64-bit keys, carrying the
 * row index and the positive flag as payload: three LSD passes of 11-bit digits over the high
 * word (skipping digits that are the same for every row), then each run of equal high words put
 * in order by the low word (insertion sort, or 8-bit radix passes for long runs). Everything after
 * it reads memory sequentially: the statistics are sums over tie groups, O(number of groups). On
 * large inputs random memory access, not arithmetic, is the cost that matters; per-row outputs
 * (placement values for paired tests) need one scatter.
 *
 * Order: −Infinity < negative numbers < ±0 < positive numbers < Infinity; −0 and +0 tie (as in
 * scikit-learn). NaN must not occur: callers validate their input first.
 */
/**
 * Sorts `scores` once and groups ties, against the rows whose `truth` code equals `positive`.
 * @throws RangeError when the arrays differ in length or exceed 2^31 rows.
 */
function ranking_rankScores(scores, truth, positive) {
    const rows = scores.length;
    if (truth.length !== rows)
        throw new RangeError(`scores (${rows}) and truth (${truth.length}) must have one entry per row`);
    if (rows >= 2 ** 31)
        throw new RangeError(`ranking supports up to 2^31 − 1 rows, got ${rows}`);
    const bits = new Uint32Array(scores.buffer, scores.byteOffset, rows * 2);
    let low = new Uint32Array(rows);
    let high = new Uint32Array(rows);
    let payload = new Uint32Array(rows); // row index | positive flag in bit 31
    const counts = new Uint32Array(3 * 2048);
    let positives = 0;
    for (let i = 0; i < rows; i++) {
        let h = bits[2 * i + 1];
        let l = bits[2 * i];
        if (h === 0x80000000 && l === 0)
            h = 0; // −0 ties with +0
        // An unsigned 64-bit key that sorts like the number: flip all bits of a negative, the sign bit of a positive.
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else {
            h = (h | 0x80000000) >>> 0;
        }
        low[i] = l;
        high[i] = h;
        const isPositive = truth[i] === positive;
        if (isPositive)
            positives++;
        payload[i] = isPositive ? (i | 0x80000000) >>> 0 : i;
        // One read of the keys fills the histograms of the three digits of the high word.
        counts[h & 0x7ff]++;
        counts[2048 + ((h >>> 11) & 0x7ff)]++;
        counts[4096 + (h >>> 22)]++;
    }
    // Sort by the high word (sign, exponent, 20 mantissa bits): three passes instead of six. Rows
    // whose high words are equal are then put in order by their low word, run by run; for
    // continuous scores such runs are short, for rounded scores they are already in order.
    let spareLow = new Uint32Array(rows);
    let spareHigh = new Uint32Array(rows);
    let sparePayload = new Uint32Array(rows);
    for (let pass = 0; pass < 3; pass++) {
        const shift = pass * 11;
        const mask = pass === 2 ? 0x3ff : 0x7ff;
        const offset = pass * 2048;
        if (!prefixSums(counts, offset, mask, rows))
            continue;
        for (let i = 0; i < rows; i++) {
            const position = counts[offset + ((high[i] >>> shift) & mask)]++;
            spareLow[position] = low[i];
            spareHigh[position] = high[i];
            sparePayload[position] = payload[i];
        }
        let swap = low;
        low = spareLow;
        spareLow = swap;
        swap = high;
        high = spareHigh;
        spareHigh = swap;
        swap = payload;
        payload = sparePayload;
        sparePayload = swap;
    }
    let start = 0;
    while (start < rows) {
        const h = high[start];
        let end = start + 1;
        while (end < rows && high[end] === h)
            end++;
        if (end - start > 1)
            sortRunByLowWord(low, payload, start, end, spareLow, sparePayload);
        start = end;
    }
    // Unpack the payload and find the tie groups (equal keys), reusing the spare buffers.
    const order = sparePayload;
    const positiveAt = new Uint8Array(rows);
    const groupEnds = spareLow;
    const groupPositives = spareHigh;
    let groups = 0;
    let groupPositive = 0;
    for (let i = 0; i < rows; i++) {
        const p = payload[i];
        order[i] = p & 0x7fffffff;
        const flag = p >>> 31;
        positiveAt[i] = flag;
        groupPositive += flag;
        if (i + 1 === rows || high[i + 1] !== high[i] || low[i + 1] !== low[i]) {
            groupEnds[groups] = i + 1;
            groupPositives[groups] = groupPositive;
            groups++;
            groupPositive = 0;
        }
    }
    return { rows, positives, negatives: rows - positives, order, positiveAt, groups, groupEnds, groupPositives };
}
/**
 * Turns counts[offset … offset + mask] into exclusive prefix sums (bucket start positions).
 * @returns false when one bucket holds every row (the pass would not move anything).
 */
function prefixSums(counts, offset, mask, rows) {
    let moves = true;
    let sum = 0;
    for (let d = 0; d <= mask; d++) {
        const c = counts[offset + d];
        if (c === rows)
            moves = false;
        counts[offset + d] = sum;
        sum += c;
    }
    return moves;
}
const INSERTION_SORT_LIMIT = 48;
const runCounts = new Uint32Array(256);
/** Sorts low[start, end) ascending, moving payload along: insertion sort when short, else four 8-bit radix passes. */
function sortRunByLowWord(low, payload, start, end, scratchLow, scratchPayload) {
    let sorted = true;
    for (let i = start + 1; i < end; i++) {
        if (low[i] < low[i - 1]) {
            sorted = false;
            break;
        }
    }
    if (sorted)
        return;
    if (end - start <= INSERTION_SORT_LIMIT) {
        for (let i = start + 1; i < end; i++) {
            const key = low[i];
            const carried = payload[i];
            let j = i - 1;
            while (j >= start && low[j] > key) {
                low[j + 1] = low[j];
                payload[j + 1] = payload[j];
                j--;
            }
            low[j + 1] = key;
            payload[j + 1] = carried;
        }
        return;
    }
    // LSD radix over the run; after an even number of moving passes the data is back in place,
    // otherwise it is copied back at the end.
    let fromLow = low;
    let fromPayload = payload;
    let toLow = scratchLow;
    let toPayload = scratchPayload;
    const length = end - start;
    for (let shift = 0; shift < 32; shift += 8) {
        runCounts.fill(0);
        for (let i = start; i < end; i++)
            runCounts[(fromLow[i] >>> shift) & 0xff]++;
        if (!prefixSums(runCounts, 0, 0xff, length))
            continue;
        for (let i = start; i < end; i++) {
            const position = start + runCounts[(fromLow[i] >>> shift) & 0xff]++;
            toLow[position] = fromLow[i];
            toPayload[position] = fromPayload[i];
        }
        [fromLow, toLow] = [toLow, fromLow];
        [fromPayload, toPayload] = [toPayload, fromPayload];
    }
    if (fromLow !== low) {
        low.set(fromLow.subarray(start, end), start);
        payload.set(fromPayload.subarray(start, end), start);
    }
}

;// CONCATENATED MODULE: ./src/stats/normal.ts
/**
 * The standard normal distribution, accurate in the far tails (where jstat's `normal.cdf`
 * returns 0 below about −8.3): needed for p-values of large z statistics on large samples.
 *
 * `normalCdf`: the Taylor series of Φ near 0 and the continued fraction of Mills' ratio in the
 * tails (relative error about 1e-14 across the range, tails included). `normalQuantile` is Acklam's
 * rational approximation refined by one Halley step against the accurate tail.
 * Checked against scipy.stats.norm.cdf / sf / ppf (test/stats/normal.test.ts).
 */
/** P(Z ≤ x) for Z ~ N(0, 1). Domain: all reals (±Infinity allowed); NaN gives NaN. */
function normalCdf(x) {
    if (Number.isNaN(x))
        return NaN;
    const tail = upperTailOfAbs(Math.abs(x));
    return x > 0 ? 1 - tail : tail;
}
/** P(Z > x), computed directly so that it keeps its precision for large x. */
function normalSf(x) {
    if (Number.isNaN(x))
        return NaN;
    const tail = upperTailOfAbs(Math.abs(x));
    return x < 0 ? 1 - tail : tail;
}
/** Two-sided p-value of a z statistic: P(|Z| ≥ |z|). */
function normal_normalTwoSided(z) {
    if (Number.isNaN(z))
        return NaN;
    return Math.min(1, 2 * upperTailOfAbs(Math.abs(z)));
}
/**
 * P(Z > a) for a ≥ 0. Below 3 the Taylor series of Φ (all terms positive, so no cancellation
 * inside the sum; the subtraction from 1 loses under two digits); from 3 on, the continued
 * fraction of Mills' ratio, evaluated backwards with enough terms for full double precision.
 */
function upperTailOfAbs(a) {
    if (a === Infinity)
        return 0;
    const density = Math.exp((-a * a) / 2) / Math.sqrt(2 * Math.PI);
    if (a < 3) {
        // Φ(a) − 1/2 = φ(a) · Σ a^(2k+1) / (1·3·…·(2k+1))
        let term = a;
        let sum = a;
        for (let k = 1; k < 200 && term > sum * 1e-17; k++) {
            term *= (a * a) / (2 * k + 1);
            sum += term;
        }
        return 0.5 - density * sum;
    }
    if (density === 0)
        return 0;
    // Q(a) = φ(a) / (a + 1/(a + 2/(a + 3/(a + …))))
    let fraction = a;
    for (let k = 120; k >= 1; k--)
        fraction = a + k / fraction;
    return density / fraction;
}
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;
/**
 * The quantile function (inverse CDF): the x with P(Z ≤ x) = p. Domain (0, 1); 0 and 1 give
 * ∓Infinity; outside [0, 1] or NaN gives NaN.
 * @example normalQuantile(0.975) // 1.959963984540054
 */
function normalQuantile(p) {
    if (Number.isNaN(p) || p < 0 || p > 1)
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    let x;
    if (p < P_LOW) {
        const q = Math.sqrt(-2 * Math.log(p));
        x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    else if (p <= 1 - P_LOW) {
        const q = p - 0.5;
        const r = q * q;
        x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
    else {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    // One Halley step against the accurate CDF; in the upper half work with the tail for precision.
    const error = p > 0.5 ? -(normalSf(x) - (1 - p)) : normalCdf(x) - p;
    const u = error * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    return x - u / (1 + (x * u) / 2);
}
/** The two-sided critical value for a confidence level: z with P(|Z| ≤ z) = confidence. */
function normal_zCritical(confidence) {
    return normalQuantile(1 - (1 - confidence) / 2);
}

;// CONCATENATED MODULE: ./src/stats/influence-interval.ts
/**
 * Normal (Wald) intervals from an empirical influence function — the delta method for statistics
 * that are smooth functionals of the row distribution (means of per-row losses, ratios of such
 * means, average precision).
 *
 * If θ̂ ≈ θ + (1/N) Σ_r IF(r), the rows being independent, then Var(θ̂) ≈ Σ_r IF(r)² / (N(N − 1))
 * (the IF values are centred: they sum to 0 over the rows). For a mean of per-row values x_r,
 * IF(r) = x_r − x̄, and this is the familiar s²/N.
 *
 * The interval is θ̂ ± z·SE with z the normal critical value (not Student's t: at the sample sizes
 * where these intervals matter the two agree to the third digit, and the coverage tests in
 * test/metrics/coverage.test.ts hold at a few hundred rows).
 */

/** The mean of `values` (compensated summation) and its standard error s/√N (N − 1 divisor). */
function meanAndStandardError(values) {
    const n = values.length;
    const mean = compensatedSum(values) / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
        const d = values[i] - mean;
        squares += d * d;
    }
    return { mean, standardError: n > 1 ? Math.sqrt(squares / (n - 1) / n) : NaN };
}
/** √(Σ IF² / (N(N − 1))): the standard error of a statistic with the given per-row influence. */
function influenceStandardError(sumOfSquaredInfluence, rows) {
    return rows > 1 ? Math.sqrt(sumOfSquaredInfluence / rows / (rows - 1)) : NaN;
}
/** θ̂ ± z·SE, optionally clipped to the statistic's range. */
function normalInterval(value, standardError, confidence, lower = -Infinity, upper = Infinity) {
    const halfWidth = normal_zCritical(confidence) * standardError;
    return [Math.max(lower, value - halfWidth), Math.min(upper, value + halfWidth)];
}
/**
 * A normal interval built on the logit scale and mapped back: for statistics in (0, 1) whose
 * sampling distribution is skewed near the ends (average precision). SE on the logit scale by the
 * delta method, SE / (θ̂(1 − θ̂)).
 * @returns null when θ̂ is 0 or 1 (the logit is infinite).
 */
function logitNormalInterval(value, standardError, confidence) {
    if (!(value > 0 && value < 1))
        return null;
    const logit = Math.log(value / (1 - value));
    const halfWidth = (normal_zCritical(confidence) * standardError) / (value * (1 - value));
    return [expit(logit - halfWidth), expit(logit + halfWidth)];
}
function expit(x) {
    return 1 / (1 + Math.exp(-x));
}
/** Σ values with Neumaier's compensation: the error does not grow with N. */
function compensatedSum(values) {
    let sum = 0;
    let compensation = 0;
    for (let i = 0; i < values.length; i++) {
        const x = values[i];
        const t = sum + x;
        if (Math.abs(sum) >= Math.abs(x))
            compensation += sum - t + x;
        else
            compensation += x - t + sum;
        sum = t;
    }
    return sum + compensation;
}

;// CONCATENATED MODULE: ./src/metrics/average-precision.ts
/**
 * Average precision: the precision-recall curve summarised as the recall-weighted mean of
 * precision at each threshold,
 *   AP = Σ_n (R_n − R_{n−1}) · P_n,
 * thresholds n running over the distinct scores from the highest down (tied rows enter together).
 * Step-wise, not interpolated: matches scikit-learn `average_precision_score(y_true, score,
 * pos_label=positive)`. Equivalently, the mean over positive rows of the precision at their own
 * score.
 *
 * Edge case: with no positive row, recall is undefined; scikit-learn sets it to 1 and returns 0
 * (with a warning) — we report 0 and say so in the note, with no interval.
 *
 * Interval: delta method. AP is the functional E[prec(S) | positive] of the row distribution, with
 * prec(t) = P(positive, S ≥ t) / P(S ≥ t); its influence function at a row z of score s_z is
 *   IF(z) = 1[z positive]·(prec(s_z) − AP)/π  +  (1/π)·E[1[positive]·1[S ≤ s_z]·(1[z positive] − prec(S)) / P(S' ≥ S)]
 * (π the positive share), evaluated at the empirical distribution in one pass over the shared
 * ascending sort. SE = √(Σ IF² / N(N − 1)); the interval is built on the logit scale (AP lives in
 * (0, 1) and its distribution is skewed near 1, as Boyd, Eng & Page, 2013, found for the
 * precision-recall area). Coverage checked by simulation against the binormal model's exact AP.
 *
 * Domain: finite scores. Range: [0, 1].
 */

// Walking the tie groups of the shared ranking from the lowest score up, for a group g:
// atOrAbove = N − rows below it, prec_g = positives at or above / atOrAbove, AP = (1/m) Σ_g pos_g·prec_g;
// D1_g = Σ_{h ≤ g} pos_h / atOrAbove_h, D2_g = Σ_{h ≤ g} pos_h·prec_h / atOrAbove_h; and the influence is
// IF = (N/m)(prec_g − AP + D1_g − D2_g) for a positive row of group g, −(N/m)·D2_g for a negative one.
/**
 * Average precision with its delta-method interval on the logit scale, from the shared ranking
 * (sums over tie groups; no per-row arrays).
 */
function averagePrecision(ranking, options) {
    const { rows, positives, groups, groupEnds, groupPositives } = ranking;
    if (positives === 0) {
        return { value: 0, ci: null, ciMethod: null, note: 'y_true has no positive rows: recall is undefined; scikit-learn reports 0' };
    }
    let apSum = 0;
    let d1 = 0;
    let d2 = 0;
    let xSum = 0; // Σ pos_g · x_g, x_g = prec_g + D1_g − D2_g
    let xSquares = 0; // Σ pos_g · x_g²
    let negativeSquares = 0; // Σ neg_g · D2_g²
    let positivesBelow = 0;
    let start = 0;
    for (let g = 0; g < groups; g++) {
        const end = groupEnds[g];
        const p = groupPositives[g];
        const q = end - start - p;
        const atOrAbove = rows - start;
        const precision = (positives - positivesBelow) / atOrAbove;
        if (p > 0) {
            apSum += p * precision;
            d1 += p / atOrAbove;
            d2 += (p * precision) / atOrAbove;
            const x = precision + d1 - d2;
            xSum += p * x;
            xSquares += p * x * x;
        }
        negativeSquares += q * d2 * d2;
        positivesBelow += p;
        start = end;
    }
    const value = apSum / positives;
    if (!options.intervals)
        return { value, ci: null, ciMethod: null };
    // Σ_pos (x − AP)² expanded: Σ pos·x² − 2·AP·Σ pos·x + m·AP².
    const positiveSquares = Math.max(0, xSquares - 2 * value * xSum + positives * value * value);
    const scale = rows / positives;
    const standardError = influenceStandardError(scale * scale * (positiveSquares + negativeSquares), rows);
    const ci = logitNormalInterval(value, standardError, options.confidence);
    if (ci === null)
        return { value, ci: null, ciMethod: null, note: `no interval: average precision is ${value} (degenerate)` };
    return { value, ci, ciMethod: 'analytic' };
}
/** Average precision and its empirical influence function per row (for paired comparisons). */
function averagePrecisionWithInfluence(ranking) {
    const { rows, positives, order, positiveAt, groups, groupEnds, groupPositives } = ranking;
    if (positives === 0)
        return { value: 0, influence: null };
    const influence = new Float64Array(rows);
    const scale = rows / positives;
    let apSum = 0;
    let d1 = 0;
    let d2 = 0;
    let positivesBelow = 0;
    let start = 0;
    for (let g = 0; g < groups; g++) {
        const end = groupEnds[g];
        const p = groupPositives[g];
        const atOrAbove = rows - start;
        const precision = (positives - positivesBelow) / atOrAbove;
        if (p > 0) {
            apSum += p * precision;
            d1 += p / atOrAbove;
            d2 += (p * precision) / atOrAbove;
        }
        // AP is known only at the end: positives get (N/m)(prec_g + D1_g − D2_g) now, − (N/m)·AP below.
        const positiveInfluence = scale * (precision + d1 - d2);
        const negativeInfluence = -scale * d2;
        for (let i = start; i < end; i++)
            influence[order[i]] = positiveAt[i] === 1 ? positiveInfluence : negativeInfluence;
        positivesBelow += p;
        start = end;
    }
    const value = apSum / positives;
    const shift = scale * value;
    for (let i = 0; i < rows; i++)
        if (positiveAt[i] === 1)
            influence[order[i]] -= shift;
    return { value, influence };
}

;// CONCATENATED MODULE: ./src/metrics/brier-score.ts
/**
 * Brier score (Brier, 1950), binary: the mean squared difference between the positive-class
 * probability and the outcome,
 *   brier = (1/N) Σ_r (p_r − 1[y_r = positive])².
 * Matches scikit-learn `brier_score_loss(y_true, score, pos_label=positive)`.
 *
 * Interval: a mean of independent per-row values, so mean ± z·s/√N, clipped to [0, 1]
 * (src/stats/influence-interval.ts). Coverage checked by simulation.
 *
 * Domain: probabilities in [0, 1]. Range: [0, 1].
 */

/** Per-row squared errors (p − 1[positive])². */
function brierPerRow(score, yTrue, positive) {
    const values = new Float64Array(score.length);
    for (let r = 0; r < score.length; r++) {
        const d = score[r] - (yTrue[r] === positive ? 1 : 0);
        values[r] = d * d;
    }
    return values;
}
/** The Brier score with its normal interval for a mean, clipped to [0, 1]. */
function brierScore(score, yTrue, positive, options) {
    const { mean, standardError } = meanAndStandardError(brierPerRow(score, yTrue, positive));
    if (!options.intervals)
        return { value: mean, ci: null, ciMethod: null };
    if (!(standardError >= 0))
        return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
    return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0, 1), ciMethod: 'analytic' };
}

;// CONCATENATED MODULE: ./src/metrics/confusion-matrix.ts
/**
 * The confusion matrix C of K classes: C[t·K + p] counts the rows whose true class is t and
 * predicted class is p (row-major, rows = truth, as scikit-learn's `confusion_matrix`). Every
 * metric of hard predictions (accuracy, precision, recall, F1, balanced accuracy, MCC, kappa) is
 * a function of C alone, which is what lets the bootstrap resample C instead of the rows.
 *
 * Counts are kept in a Float64Array: exact up to 2^53, and the same type the multinomial
 * bootstrap produces, so point metrics and replicates go through the same functions.
 */

/**
 * Counts `yTrue` × `yPred` codes into a K×K matrix.
 * @throws DataError naming the 1-based row of a code outside [0, K) (a missing label is −1).
 */
function confusionMatrix(yTrue, yPred, classes) {
    if (yTrue.length !== yPred.length)
        throw new RangeError(`y_true (${yTrue.length}) and y_pred (${yPred.length}) must have one entry per row`);
    const counts = new Float64Array(classes * classes);
    for (let r = 0; r < yTrue.length; r++) {
        const t = yTrue[r];
        const p = yPred[r];
        if (!(t >= 0 && t < classes && p >= 0 && p < classes)) {
            const which = t >= 0 && t < classes ? 'y_pred' : 'y_true';
            throw new DataError(`${which} has ${(which === 'y_true' ? t : p) < 0 ? 'a missing label' : 'a label outside the label set'}`, { row: r + 1 });
        }
        counts[t * classes + p]++;
    }
    return counts;
}
/** Row sums: the support (true count) of each class. */
function trueCounts(counts, classes) {
    const sums = new Float64Array(classes);
    for (let t = 0; t < classes; t++) {
        let s = 0;
        for (let p = 0; p < classes; p++)
            s += counts[t * classes + p];
        sums[t] = s;
    }
    return sums;
}
/** Column sums: how often each class was predicted. */
function predictedCounts(counts, classes) {
    const sums = new Float64Array(classes);
    for (let t = 0; t < classes; t++)
        for (let p = 0; p < classes; p++)
            sums[p] += counts[t * classes + p];
    return sums;
}
/** Σ of all cells: the number of rows. */
function totalCount(counts) {
    let s = 0;
    for (let i = 0; i < counts.length; i++)
        s += counts[i];
    return s;
}
/** The trace: rows predicted correctly. */
function correctCount(counts, classes) {
    let s = 0;
    for (let k = 0; k < classes; k++)
        s += counts[k * classes + k];
    return s;
}
/** The matrix as nested arrays (rows = truth), for the result object. */
function toNestedArrays(counts, classes) {
    return Array.from({ length: classes }, (_, t) => Array.from({ length: classes }, (_, p) => counts[t * classes + p]));
}

;// CONCATENATED MODULE: ./src/stats/discrete-sampling.ts
/**
 * A draw from Binomial(n, p): the number of successes in n independent trials of probability p.
 * @param n a non-negative integer (up to 2^53).
 * @param p a probability in [0, 1].
 * @throws RangeError for a negative or non-integer n, or p outside [0, 1].
 */
function sampleBinomial(random, n, p) {
    if (!(n >= 0) || !Number.isInteger(n))
        throw new RangeError(`binomial n must be a non-negative integer, got ${n}`);
    if (!(p >= 0 && p <= 1))
        throw new RangeError(`binomial p must be in [0, 1], got ${p}`);
    if (n === 0 || p === 0)
        return 0;
    if (p === 1)
        return n;
    // Both algorithms want p ≤ 1/2; the count of failures mirrors the count of successes.
    if (p > 0.5)
        return n - binomialSmallP(random, n, 1 - p);
    return binomialSmallP(random, n, p);
}
function binomialSmallP(random, n, p) {
    return n * p < 10 ? binomialInversion(random, n, p) : binomialBtrs(random, n, p);
}
/** Sequential search of the CDF from 0, the pmf updated by its ratio P(k)/P(k−1). */
function binomialInversion(random, n, p) {
    const q = 1 - p;
    const ratio = p / q;
    const start = Math.exp(n * Math.log1p(-p)); // P(0) = q^n ≥ e^−10·(something) since n·p < 10
    for (;;) {
        let u = random.next();
        let probability = start;
        let k = 0;
        while (u >= probability) {
            u -= probability;
            k++;
            if (k > n)
                break; // rounding left u above the total mass: draw again
            probability *= ((n - k + 1) / k) * ratio;
        }
        if (k <= n)
            return k;
    }
}
/** BTRS, Hörmann (1993), Algorithm BTRD's transformed-rejection core with its squeeze. */
function binomialBtrs(random, n, p) {
    const q = 1 - p;
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const logOdds = Math.log(p / q);
    const mode = Math.floor((n + 1) * p);
    const h = logFactorial(mode) + logFactorial(n - mode);
    for (;;) {
        const u = random.next() - 0.5;
        let v = random.next();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - mode) * logOdds)
            return k;
    }
}
/**
 * A draw from Poisson(λ).
 * @param lambda the mean, finite and ≥ 0.
 * @throws RangeError for a negative, infinite or NaN λ.
 */
function samplePoisson(random, lambda) {
    if (!(lambda >= 0) || lambda === Infinity)
        throw new RangeError(`Poisson mean must be finite and ≥ 0, got ${lambda}`);
    if (lambda === 0)
        return 0;
    return lambda < 10 ? poissonInversion(random, lambda) : poissonPtrs(random, lambda);
}
function poissonInversion(random, lambda) {
    for (;;) {
        let u = random.next();
        let probability = Math.exp(-lambda);
        let k = 0;
        while (u >= probability) {
            u -= probability;
            k++;
            probability *= lambda / k;
            if (probability === 0)
                break; // rounding left u above the total mass: draw again
        }
        if (probability > 0)
            return k;
    }
}
function poissonPtrs(random, lambda) {
    const sqrtLambda = Math.sqrt(lambda);
    const logLambda = Math.log(lambda);
    const b = 0.931 + 2.53 * sqrtLambda;
    const a = -0.059 + 0.02483 * b;
    const logInverseAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
        const u = random.next() - 0.5;
        const v = random.next();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
        if (us >= 0.07 && v <= vr)
            return k;
        if (k < 0 || (us < 0.013 && v > us))
            continue;
        if (Math.log(v) + logInverseAlpha - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logFactorial(k))
            return k;
    }
}
/**
 * A sampler of Multinomial(n, weights / Σ weights), built once for repeated draws (the bootstrap
 * draws B resamples of the same confusion matrix). Weights need not be normalised; integer
 * counts are the natural input, and then every conditional probability is a ratio of exact sums.
 * @throws RangeError when a weight is negative or not finite, or all weights are 0.
 */
function multinomialSampler(weights) {
    const cells = weights.length;
    // remaining[i] = Σ_{j ≥ i} w_j, summed from the end so that remaining[last] is exactly w_last.
    const remaining = new Float64Array(cells + 1);
    for (let i = cells - 1; i >= 0; i--) {
        const w = weights[i];
        if (!(w >= 0) || w === Infinity)
            throw new RangeError(`multinomial weights must be finite and ≥ 0, got ${w} at ${i}`);
        remaining[i] = remaining[i + 1] + w;
    }
    if (!(remaining[0] > 0))
        throw new RangeError('multinomial weights must not all be 0');
    const conditional = new Float64Array(cells);
    for (let i = 0; i < cells; i++)
        conditional[i] = remaining[i] > 0 ? Math.min(1, weights[i] / remaining[i]) : 0;
    return (random, n, out) => {
        if (out.length < cells)
            throw new RangeError(`multinomial output needs ${cells} cells, got ${out.length}`);
        let left = n;
        for (let i = 0; i < cells; i++) {
            const drawn = left === 0 ? 0 : sampleBinomial(random, left, conditional[i]);
            out[i] = drawn;
            left -= drawn;
        }
        return out;
    };
}
/** One draw from Multinomial(n, weights / Σ weights) into `out` (length ≥ weights.length). */
function sampleMultinomial(random, n, weights, out = new Float64Array(weights.length)) {
    return multinomialSampler(weights)(random, n, out);
}
const LOG_FACTORIAL_TABLE_SIZE = 256;
const LOG_FACTORIAL_TABLE = (() => {
    const table = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
    // Summed in log space (k! overflows a double beyond 170!): absolute error below 1e-13.
    for (let k = 1; k < LOG_FACTORIAL_TABLE_SIZE; k++)
        table[k] = table[k - 1] + Math.log(k);
    return table;
})();
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
/**
 * ln(k!) for a non-negative integer k: a table below 256, Stirling's series beyond (its first
 * omitted term, 1/(1680 k⁷), is below 1e-19 there).
 */
function logFactorial(k) {
    if (k < LOG_FACTORIAL_TABLE_SIZE)
        return LOG_FACTORIAL_TABLE[k];
    const inverse = 1 / k;
    const inverse2 = inverse * inverse;
    const series = inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260)));
    return (k + 0.5) * Math.log(k) - k + HALF_LOG_TWO_PI + series;
}

;// CONCATENATED MODULE: ./src/stats/bootstrap-multinomial.ts
/**
 * The bootstrap of a statistic that depends on the data only through cell counts (a confusion
 * matrix, or the joint truth × champion × challenger table of a paired comparison).
 *
 * Resampling N rows with replacement and counting them into C cells gives counts distributed
 * exactly as Multinomial(N, observed counts / N). So each bootstrap replicate is one multinomial
 * draw over the C cells — O(C) per replicate with {@link multinomialSampler}, instead of O(N) —
 * and the replicate statistics have exactly the distribution that row resampling would give
 * (checked against row resampling in test/metrics/bootstrap-multinomial.test.ts).
 *
 * Domain: counts are non-negative integers, not all 0; replicates ≥ 1.
 */

/**
 * Draws `replicates` resamples of `counts` and hands each to `visit` (the buffer is reused: read
 * it, don't keep it).
 * @throws RangeError when the counts are negative, non-finite or all zero.
 */
function multinomialBootstrap(counts, replicates, random, visit) {
    let total = 0;
    for (let i = 0; i < counts.length; i++)
        total += counts[i];
    const draw = multinomialSampler(counts);
    const resampled = new Float64Array(counts.length);
    for (let b = 0; b < replicates; b++)
        visit(draw(random, total, resampled), b);
}

;// CONCATENATED MODULE: ./src/stats/bootstrap-percentile.ts
/**
 * The percentile bootstrap interval (Efron, 1979): the α/2 and 1 − α/2 quantiles of the
 * replicate statistics, α = 1 − confidence. Quantiles are numpy's default (`np.percentile`,
 * linear interpolation between order statistics, Hyndman & Fan type 7), so a replicate vector
 * exported to Python gives the same bounds.
 *
 * Replicates where the statistic is undefined (NaN — e.g. MCC of a resample without a
 * negative prediction) are left out; the caller reports how many.
 *
 * Domain: confidence in (0, 1). Range: [lo, hi] with lo ≤ hi.
 * @returns null when no replicate is defined.
 */
function percentileInterval(replicates, confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    const defined = definedSorted(replicates);
    if (defined.length === 0)
        return null;
    const alpha = 1 - confidence;
    return [quantileSorted(defined, alpha / 2), quantileSorted(defined, 1 - alpha / 2)];
}
/** The replicates that are not NaN, sorted ascending (a copy). */
function definedSorted(values) {
    let count = 0;
    for (let i = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            count++;
    const defined = new Float64Array(count);
    let j = 0;
    for (let i = 0; i < values.length; i++)
        if (!Number.isNaN(values[i]))
            defined[j++] = values[i];
    return defined.sort();
}
/** Type 7 quantile of sorted values: x[h] interpolated linearly at h = (n − 1)·q. */
function quantileSorted(sorted, q) {
    const h = (sorted.length - 1) * q;
    const below = Math.floor(h);
    const above = Math.min(sorted.length - 1, below + 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

;// CONCATENATED MODULE: ./src/stats/rng.ts
/**
 * A seeded pseudo-random generator, injected wherever mlgate resamples (bootstrap, coverage
 * simulations), so that a run with the same `seed` input gives the same intervals everywhere.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna, 2018), 128 bits of state, period 2^128 − 1,
 * passes BigCrush; it needs only 32-bit integer arithmetic, which JavaScript does fast
 * (`Math.imul`, `>>>`), unlike the 64-bit members of the family. The state is filled from the
 * seed by splitmix32 (a 32-bit variant of Steele, Lea & Flood's SplitMix), so that nearby seeds
 * (0, 1, 2, …) give unrelated streams.
 *
 * Not for cryptography.
 */
/**
 * A xoshiro128** generator seeded from `seed`.
 * @param seed any safe integer (negative allowed); non-integers are rejected.
 * @throws RangeError when `seed` is not a safe integer.
 * @example createRandom(42).next() // the same number on every machine
 */
function createRandom(seed) {
    if (!Number.isSafeInteger(seed))
        throw new RangeError(`seed must be a safe integer, got ${seed}`);
    // Both 32-bit halves of the seed feed the mixer, so seeds above 2^32 are distinct streams.
    const low = seed >>> 0;
    const high = Math.floor(seed / 4294967296) >>> 0;
    let mixer = (low ^ Math.imul(high, 0x85ebca6b)) >>> 0;
    const splitmix32 = () => {
        mixer = (mixer + 0x9e3779b9) | 0;
        let z = mixer;
        z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
        z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
        return (z ^ (z >>> 15)) >>> 0;
    };
    let s0 = splitmix32();
    let s1 = splitmix32();
    let s2 = splitmix32();
    let s3 = splitmix32();
    if ((s0 | s1 | s2 | s3) === 0)
        s0 = 1; // the all-zero state is the one fixed point
    const nextUint32 = () => {
        const result = Math.imul(rotateLeft(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = rotateLeft(s3, 11);
        return result;
    };
    return {
        nextUint32,
        next() {
            // 27 + 26 high bits of two outputs: every double k / 2^53 is equally likely.
            const a = nextUint32() >>> 5;
            const b = nextUint32() >>> 6;
            return (a * 67108864 + b) / 9007199254740992;
        },
    };
}
function rotateLeft(x, k) {
    return (x << k) | (x >>> (32 - k));
}

;// CONCATENATED MODULE: ./src/stats/wilson.ts
/**
 * The Wilson score interval for a binomial proportion (Wilson, 1927): the set of p whose score
 * test does not reject at the given confidence,
 *
 *   centre = (p̂ + z²/2n) / (1 + z²/n),   half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²),
 *
 * with p̂ = successes / trials and z the two-sided normal critical value. Unlike the Wald interval
 * it stays inside [0, 1] and keeps close to nominal coverage near 0 and 1 and for small n
 * (Brown, Cai & DasGupta, 2001). Matches statsmodels
 * `proportion_confint(count, nobs, alpha, method="wilson")`.
 *
 * Domain: 0 ≤ successes ≤ trials, trials > 0, confidence in (0, 1). Range: [lo, hi] ⊂ [0, 1].
 * @returns null when there are no trials (the proportion is undefined).
 * @throws RangeError for counts or a confidence outside the domain.
 * @example wilsonInterval(81, 100, 0.95) // [0.7222..., 0.8749...]
 */

function wilsonInterval(successes, trials, confidence) {
    if (!(confidence > 0 && confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
    if (!(trials >= 0) || !(successes >= 0) || successes > trials) {
        throw new RangeError(`Wilson interval needs 0 ≤ successes ≤ trials, got ${successes} of ${trials}`);
    }
    if (trials === 0)
        return null;
    const z = normal_zCritical(confidence);
    const z2 = z * z;
    const p = successes / trials;
    const denominator = 1 + z2 / trials;
    const centre = (p + z2 / (2 * trials)) / denominator;
    const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
    return [Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth)];
}

;// CONCATENATED MODULE: ./src/metrics/accuracy.ts
/**
 * Accuracy: the fraction of rows whose predicted class equals the true class,
 *   accuracy = trace(C) / N.
 * Matches scikit-learn `accuracy_score(y_true, y_pred)` (normalize=True).
 *
 * Interval: accuracy is a binomial proportion (N rows, each correct or not), so the Wilson score
 * interval (src/stats/wilson.ts).
 *
 * Domain: a confusion matrix with N > 0. Range: [0, 1]. NaN for N = 0.
 */

function accuracy(counts, classes) {
    return correctCount(counts, classes) / totalCount(counts);
}

;// CONCATENATED MODULE: ./src/metrics/balanced-accuracy.ts
/**
 * Balanced accuracy: the mean over classes of the recall of each class,
 *   balanced_accuracy = (1/K') Σ_k C[k,k] / Σ_p C[k,p],
 * over the K' classes that occur in y_true. Matches scikit-learn
 * `balanced_accuracy_score(y_true, y_pred)` (adjusted=False): classes that appear only among the
 * predictions have no recall and are left out of the mean (scikit-learn warns "y_pred contains
 * classes not in y_true").
 *
 * Interval: percentile bootstrap over the multinomial confusion-matrix resample.
 * Domain: a confusion matrix with N > 0. Range: [0, 1].
 */
function balancedAccuracy(counts, classes) {
    let sum = 0;
    let present = 0;
    for (let t = 0; t < classes; t++) {
        let support = 0;
        for (let p = 0; p < classes; p++)
            support += counts[t * classes + p];
        if (support > 0) {
            sum += counts[t * classes + t] / support;
            present++;
        }
    }
    return sum / present;
}

;// CONCATENATED MODULE: ./src/metrics/cohen-kappa.ts
/**
 * Cohen's kappa (Cohen, 1960): agreement between truth and prediction beyond what their marginal
 * frequencies give by chance,
 *   κ = 1 − Σ_{i≠j} C[i,j] / Σ_{i≠j} E[i,j],   E[i,j] = p_i · t_j / N
 * (p = predicted counts, t = true counts) — equivalently (p_o − p_e) / (1 − p_e).
 * Matches scikit-learn `cohen_kappa_score(y_true, y_pred)` (unweighted).
 *
 * Undefined (NaN; scikit-learn returns nan with a warning) when the chance disagreement is 0:
 * truth and predictions are all one and the same class.
 *
 * Interval: percentile bootstrap over the multinomial confusion-matrix resample.
 * Domain: a confusion matrix with N > 0. Range: [−1, 1] (NaN in the undefined case).
 */

function cohenKappa(counts, classes) {
    const t = trueCounts(counts, classes);
    const p = predictedCounts(counts, classes);
    const total = totalCount(counts);
    let observed = 0;
    let expected = 0;
    for (let i = 0; i < classes; i++) {
        for (let j = 0; j < classes; j++) {
            if (i === j)
                continue;
            observed += counts[i * classes + j];
            expected += (p[i] * t[j]) / total;
        }
    }
    return 1 - observed / expected;
}

;// CONCATENATED MODULE: ./src/metrics/matthews-corrcoef.ts
/**
 * Matthews correlation coefficient (Matthews, 1975), in its multiclass form (Gorodkin, 2004): the
 * correlation between the one-hot truth and the one-hot prediction. With c = trace(C), s = N,
 * t_k = true counts, p_k = predicted counts,
 *   MCC = (c·s − Σ p_k t_k) / √((s² − Σ p_k²)(s² − Σ t_k²)).
 * For two classes this is (tp·tn − fp·fn) / √((tp+fp)(tp+fn)(tn+fp)(tn+fn)).
 * Matches scikit-learn `matthews_corrcoef(y_true, y_pred)`, including its edge case: when either
 * factor under the root is 0 (all truth or all predictions one class) the result is 0.
 *
 * Interval: percentile bootstrap over the multinomial confusion-matrix resample.
 * Domain: a confusion matrix with N > 0. Range: [−1, 1].
 */

function matthewsCorrcoef(counts, classes) {
    const t = trueCounts(counts, classes);
    const p = predictedCounts(counts, classes);
    const correct = correctCount(counts, classes);
    const samples = totalCount(counts);
    let tp = 0;
    let pp = 0;
    let tt = 0;
    for (let k = 0; k < classes; k++) {
        tp += t[k] * p[k];
        pp += p[k] * p[k];
        tt += t[k] * t[k];
    }
    const covTruePred = correct * samples - tp;
    const covPredPred = samples * samples - pp;
    const covTrueTrue = samples * samples - tt;
    if (covPredPred * covTrueTrue === 0)
        return 0;
    return covTruePred / Math.sqrt(covTrueTrue * covPredPred);
}

;// CONCATENATED MODULE: ./src/metrics/precision-recall-f1.ts
/** Precision, recall, F1 of one class (the binary-average metrics when k is the positive class). */
function classPrecisionRecallF1(counts, classes, k) {
    const tp = counts[k * classes + k];
    let predicted = 0;
    let support = 0;
    for (let j = 0; j < classes; j++) {
        predicted += counts[j * classes + k];
        support += counts[k * classes + j];
    }
    return fromSums(tp, predicted, support);
}
function fromSums(tp, predicted, support) {
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    return { precision, recall, f1: f1Of(precision, recall), precisionZeroDivision: predicted === 0, recallZeroDivision: support === 0 };
}
function f1Of(precision, recall) {
    const denominator = precision + recall;
    return (2 * precision * recall) / (denominator === 0 ? 1 : denominator);
}
/** Averaged precision, recall and F1 over the classes present in y_true or y_pred. */
function averagedPrecisionRecallF1(counts, classes, average) {
    if (average === 'micro') {
        let tp = 0;
        let total = 0;
        for (let k = 0; k < classes; k++)
            tp += counts[k * classes + k];
        for (let i = 0; i < classes * classes; i++)
            total += counts[i];
        return fromSums(tp, total, total);
    }
    let precisionSum = 0;
    let recallSum = 0;
    let f1Sum = 0;
    let weightSum = 0;
    let predictedSum = 0;
    let precisionZeroDivision = false;
    let recallZeroDivision = false;
    for (let k = 0; k < classes; k++) {
        let predicted = 0;
        let support = 0;
        for (let j = 0; j < classes; j++) {
            predicted += counts[j * classes + k];
            support += counts[k * classes + j];
        }
        if (predicted === 0 && support === 0)
            continue; // absent from both: not one of scikit-learn's labels
        const one = fromSums(counts[k * classes + k], predicted, support);
        const weight = average === 'weighted' ? support : 1;
        precisionSum += one.precision * weight;
        recallSum += one.recall * weight;
        f1Sum += one.f1 * weight;
        weightSum += weight;
        predictedSum += predicted;
        precisionZeroDivision ||= one.precisionZeroDivision;
        recallZeroDivision ||= one.recallZeroDivision;
    }
    if (weightSum === 0) {
        // weighted average with no true rows at all (only reachable on an empty matrix)
        return { precision: 0, recall: 0, f1: 0, precisionZeroDivision: predictedSum === 0, recallZeroDivision: true };
    }
    return {
        precision: precisionSum / weightSum,
        recall: recallSum / weightSum,
        f1: f1Sum / weightSum,
        precisionZeroDivision,
        recallZeroDivision,
    };
}

;// CONCATENATED MODULE: ./src/metrics/confusion-metrics.ts
/**
 * The metrics of hard predictions, all functions of the confusion matrix, with their intervals:
 * Wilson for the proportions (accuracy; binary precision and recall), and for everything else a
 * percentile bootstrap that resamples the K×K cell counts as a multinomial — O(B·K²), the same
 * distribution as resampling the rows (src/stats/bootstrap-multinomial.ts).
 *
 * The point value and every bootstrap replicate go through the same function of the counts, so a
 * replicate is exactly what scikit-learn would compute on the resampled rows (classes that vanish
 * from a resample leave the macro averages, as they would there).
 */










/** Every confusion-matrix metric by its scikit-learn-style name. */
const CONFUSION_STATISTICS = Object.freeze({
    accuracy: (c, k) => accuracy(c, k),
    balanced_accuracy: (c, k) => balancedAccuracy(c, k),
    precision: (c, k, positive) => classPrecisionRecallF1(c, k, positive).precision,
    recall: (c, k, positive) => classPrecisionRecallF1(c, k, positive).recall,
    f1: (c, k, positive) => classPrecisionRecallF1(c, k, positive).f1,
    precision_macro: (c, k) => averagedPrecisionRecallF1(c, k, 'macro').precision,
    recall_macro: (c, k) => averagedPrecisionRecallF1(c, k, 'macro').recall,
    f1_macro: (c, k) => averagedPrecisionRecallF1(c, k, 'macro').f1,
    f1_micro: (c, k) => averagedPrecisionRecallF1(c, k, 'micro').f1,
    f1_weighted: (c, k) => averagedPrecisionRecallF1(c, k, 'weighted').f1,
    mcc: (c, k) => matthewsCorrcoef(c, k),
    cohen_kappa: (c, k) => cohenKappa(c, k),
});
/** The confusion-matrix metrics of each task, in report order. */
const CONFUSION_METRICS_BY_TASK = Object.freeze({
    binary: ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_micro', 'f1_weighted', 'mcc', 'cohen_kappa'],
    multiclass: ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_micro', 'f1_weighted', 'mcc', 'cohen_kappa'],
});
/** Metrics whose interval is Wilson's rather than the bootstrap's (binary precision/recall: given their denominators). */
const WILSON_METRICS = new Set(['accuracy', 'precision', 'recall']);
/**
 * Values and intervals of the confusion-matrix metrics of `task`.
 * @param counts the K×K confusion matrix (row-major, rows = truth).
 * @param positive the positive class code (binary task).
 */
function confusionMetrics(counts, classes, task, positive, options) {
    const names = CONFUSION_METRICS_BY_TASK[task];
    const metrics = {};
    for (const name of names) {
        const value = CONFUSION_STATISTICS[name](counts, classes, positive);
        metrics[name] = Number.isNaN(value) ? { value: null, ci: null, ciMethod: null } : { value, ci: null, ciMethod: null };
    }
    addNotes(metrics, counts, classes, task, positive);
    if (!options.intervals)
        return metrics;
    for (const name of names) {
        if (!WILSON_METRICS.has(name) || (name !== 'accuracy' && task !== 'binary'))
            continue;
        const [successes, trials] = proportionOf(name, counts, classes, positive);
        const ci = wilsonInterval(successes, trials, options.confidence);
        if (ci !== null)
            metrics[name] = { ...metrics[name], ci, ciMethod: 'wilson' };
    }
    const bootstrapped = names.filter((name) => !WILSON_METRICS.has(name));
    const replicates = bootstrapConfusion(counts, classes, positive, bootstrapped, options);
    for (const name of bootstrapped) {
        if (metrics[name].value === null)
            continue;
        const ci = percentileInterval(replicates[name], options.confidence);
        const undefinedCount = countNaN(replicates[name]);
        const note = undefinedCount > 0 ? `${undefinedCount} of ${options.bootstrapSamples} bootstrap resamples left it undefined and were dropped` : undefined;
        metrics[name] = { ...metrics[name], ci, ciMethod: ci === null ? null : 'bootstrap-multinomial', ...(note === undefined ? {} : { note: joinNotes(metrics[name].note, note) }) };
    }
    return metrics;
}
/**
 * B multinomial resamples of the confusion matrix, each metric evaluated on each: one
 * Float64Array of B replicate values per name (NaN where undefined). Seeded by `options.seed`.
 */
function bootstrapConfusion(counts, classes, positive, names, options) {
    const replicates = {};
    for (const name of names)
        replicates[name] = new Float64Array(options.bootstrapSamples);
    if (names.length === 0 || totalCount(counts) === 0)
        return replicates;
    const statistics = names.map((name) => CONFUSION_STATISTICS[name]);
    const outputs = names.map((name) => replicates[name]);
    multinomialBootstrap(counts, options.bootstrapSamples, createRandom(options.seed), (resampled, b) => {
        for (let i = 0; i < statistics.length; i++)
            outputs[i][b] = statistics[i](resampled, classes, positive);
    });
    return replicates;
}
/** [successes, trials] of a proportion metric. */
function proportionOf(name, counts, classes, positive) {
    if (name === 'accuracy')
        return [correctCount(counts, classes), totalCount(counts)];
    const tp = counts[positive * classes + positive];
    let trials = 0;
    for (let j = 0; j < classes; j++)
        trials += name === 'precision' ? counts[j * classes + positive] : counts[positive * classes + j];
    return [tp, trials];
}
/** scikit-learn's zero_division conventions and undefined values, said in words. */
function addNotes(metrics, counts, classes, task, positive) {
    if (task === 'binary') {
        const one = classPrecisionRecallF1(counts, classes, positive);
        if (one.precisionZeroDivision)
            metrics.precision.note = 'no row predicted positive: precision is 0/0, reported as 0 (scikit-learn zero_division)';
        if (one.recallZeroDivision)
            metrics.recall.note = 'no positive row in y_true: recall is 0/0, reported as 0 (scikit-learn zero_division)';
        if (one.precisionZeroDivision || one.recallZeroDivision)
            metrics.f1.note = 'precision or recall was 0/0 and taken as 0 (scikit-learn zero_division)';
    }
    const macro = averagedPrecisionRecallF1(counts, classes, 'macro');
    if (macro.precisionZeroDivision)
        metrics.precision_macro.note = 'a class was never predicted: its precision 0/0 counts as 0 (scikit-learn zero_division)';
    if (macro.recallZeroDivision)
        metrics.recall_macro.note = 'a predicted class is absent from y_true: its recall 0/0 counts as 0 (scikit-learn zero_division)';
    if (metrics.cohen_kappa.value === null)
        metrics.cohen_kappa.note = 'undefined: truth and predictions are one and the same class (no chance disagreement; scikit-learn returns NaN)';
}
function countNaN(values) {
    let count = 0;
    for (let i = 0; i < values.length; i++)
        if (Number.isNaN(values[i]))
            count++;
    return count;
}
function joinNotes(first, second) {
    return first === undefined ? second : `${first}; ${second}`;
}

;// CONCATENATED MODULE: ./src/metrics/log-loss.ts
/**
 * Log loss (cross-entropy): the mean negative log-likelihood of the true class,
 *   log_loss = −(1/N) Σ_r ln p_r(y_r),
 * with each probability clipped to [ε, 1 − ε], ε = 2.220446049250313e-16 (float64 machine
 * epsilon), and each row's probabilities renormalised to sum 1 after clipping. Matches
 * scikit-learn 1.2 `log_loss(y_true, proba, labels=…)` (its `eps="auto"`); for a binary score
 * column, `log_loss(y_true == positive, score)` — the row's probabilities are (1 − p, p).
 *
 * Interval: log loss is a mean of independent per-row losses, so the normal interval for a mean,
 * mean ± z·s/√N (src/stats/influence-interval.ts), clipped at 0. Coverage checked by simulation.
 *
 * Domain: probabilities in [0, 1]. Range: [0, −ln ε ≈ 36.04].
 */

const EPSILON = 2.220446049250313e-16;
/** Per-row losses −ln p(true class) of a binary positive-class probability column. */
function binaryLogLossPerRow(score, yTrue, positive) {
    const losses = new Float64Array(score.length);
    for (let r = 0; r < score.length; r++) {
        const p = Math.min(Math.max(score[r], EPSILON), 1 - EPSILON);
        const q = 1 - p;
        const sum = q + p;
        losses[r] = -Math.log((yTrue[r] === positive ? p : q) / sum);
    }
    return losses;
}
/** Per-row losses −ln p(true class) from per-class probability columns (label order). */
function multiclassLogLossPerRow(probabilities, yTrue) {
    const rows = yTrue.length;
    const classes = probabilities.length;
    const sums = new Float64Array(rows);
    for (let k = 0; k < classes; k++) {
        const column = probabilities[k];
        for (let r = 0; r < rows; r++)
            sums[r] += Math.min(Math.max(column[r], EPSILON), 1 - EPSILON);
    }
    for (let r = 0; r < rows; r++) {
        const p = Math.min(Math.max(probabilities[yTrue[r]][r], EPSILON), 1 - EPSILON);
        sums[r] = -Math.log(p / sums[r]);
    }
    return sums;
}
/** The mean of per-row losses and its normal interval (clipped at 0). */
function meanLoss(losses, options) {
    const { mean, standardError } = meanAndStandardError(losses);
    if (!options.intervals)
        return { value: mean, ci: null, ciMethod: null };
    if (!(standardError >= 0))
        return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
    return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0), ciMethod: 'analytic' };
}

;// CONCATENATED MODULE: ./src/stats/delong.ts
/**
 * ROC AUC with DeLong's variance, and DeLong's test for two correlated AUCs (DeLong, DeLong &
 * Clarke-Pearson, 1988, "Comparing the areas under two or more correlated receiver operating
 * characteristic curves: a nonparametric approach", Biometrics 44).
 *
 * With m positive rows (scores X_i) and n negative rows (scores Y_j), the AUC is the
 * Mann–Whitney statistic  Â = (1/mn) Σ_i Σ_j ψ(X_i, Y_j),  ψ = 1 if X > Y, 1/2 if tied, 0 else —
 * the same number as scikit-learn's `roc_auc_score` (trapezoidal area, ties on the diagonal).
 * Its structural components (placement values) are
 *   V10(X_i) = (1/n) Σ_j ψ(X_i, Y_j)   for each positive,   V01(Y_j) = (1/m) Σ_i ψ(X_i, Y_j)   for each negative,
 * and DeLong's variance is  Var(Â) = S10/m + S01/n  with S10, S01 the sample variances (divisor
 * m − 1, n − 1) of the V10 and V01. For two scores on the same rows the covariance uses the same
 * components, which gives the paired test of AUC_B − AUC_A.
 *
 * Computation: the fast DeLong of Sun & Xu (2014), "Fast implementation of DeLong's algorithm for
 * comparing the areas under correlated receiver operating characteristic curves", IEEE Signal
 * Processing Letters 21 — placements from midranks, so one sort, O(N log N), instead of the
 * O(m·n) double sum. Here the sort is the radix ranking shared with the other ranking metrics
 * (src/stats/ranking.ts), and the midranks are read off its tie groups: for a group with p
 * positives and q negatives above `below⁻` negatives and `below⁺` positives,
 *   V10 = (below⁻ + q/2) / n,   V01 = (m − below⁺ − p/2) / m.
 * The one-model variance needs only these group sums; the paired test needs the per-row values.
 * Checked against a direct O(m·n) implementation of the 1988 formulas (scripts/reference/metrics.py).
 *
 * The one-AUC interval is built on the logit scale (see {@link delongInterval}); the interval for a
 * paired difference is the Wald interval, difference ± z·√Var.
 */


/**
 * The AUC and DeLong's variance, as sums over tie groups: a group with p positives and q
 * negatives, above `below⁻` negatives and `below⁺` positives, gives its positives
 * V10 = (below⁻ + q/2)/n and its negatives V01 = (m − below⁺ − p/2)/m.
 */
function aucFromRanking(ranking) {
    const { positives: m, negatives: n, groups, groupEnds, groupPositives } = ranking;
    if (m === 0 || n === 0)
        return { auc: NaN, variance: null };
    let numerator = 0; // Σ over positives of (negatives below + half the tied negatives): exact in doubles
    let negativesBelow = 0;
    let start = 0;
    for (let g = 0; g < groups; g++) {
        const p = groupPositives[g];
        const q = groupEnds[g] - start - p;
        numerator += p * (negativesBelow + q / 2);
        negativesBelow += q;
        start = groupEnds[g];
    }
    const auc = numerator / m / n;
    if (m < 2 || n < 2)
        return { auc, variance: null };
    let s10 = 0;
    let s01 = 0;
    let positivesBelow = 0;
    negativesBelow = 0;
    start = 0;
    for (let g = 0; g < groups; g++) {
        const p = groupPositives[g];
        const q = groupEnds[g] - start - p;
        const v10 = (negativesBelow + q / 2) / n - auc;
        const v01 = (m - positivesBelow - p / 2) / m - auc;
        s10 += p * v10 * v10;
        s01 += q * v01 * v01;
        positivesBelow += p;
        negativesBelow += q;
        start = groupEnds[g];
    }
    return { auc, variance: s10 / (m - 1) / m + s01 / (n - 1) / n };
}
/** The per-row placement values (V10 for positive rows, V01 for negative rows) and the AUC. */
function placementsFromRanking(ranking) {
    const { rows, positives: m, negatives: n, order, positiveAt, groups, groupEnds, groupPositives } = ranking;
    const placements = new Float64Array(rows);
    let numerator = 0;
    let positivesBelow = 0;
    let negativesBelow = 0;
    let start = 0;
    for (let g = 0; g < groups; g++) {
        const end = groupEnds[g];
        const p = groupPositives[g];
        const q = end - start - p;
        const positivePlacement = (negativesBelow + q / 2) / n;
        const negativePlacement = (m - positivesBelow - p / 2) / m;
        for (let i = start; i < end; i++)
            placements[order[i]] = positiveAt[i] === 1 ? positivePlacement : negativePlacement;
        numerator += p * (negativesBelow + q / 2);
        positivesBelow += p;
        negativesBelow += q;
        start = end;
    }
    const auc = m > 0 && n > 0 ? numerator / m / n : NaN;
    return { auc, positives: m, negatives: n, placements };
}
/**
 * AUC and placement values of `scores` for the rows whose `truth` code equals `positive` (all
 * other rows are negatives).
 * @param ranking the shared sort, when the caller already has it.
 * @throws RangeError when the arrays differ in length.
 */
function aucPlacements(scores, truth, positive, ranking = rankScores(scores, truth, positive)) {
    return placementsFromRanking(ranking);
}
/**
 * DeLong's variance of the AUC, S10/m + S01/n.
 * @returns null when there are fewer than 2 positive or 2 negative rows (S10 or S01 undefined).
 */
function delongVariance(result, truth, positive) {
    return delongCovariance(result, result, truth, positive);
}
/**
 * DeLong's covariance of two AUCs computed on the same rows and the same truth:
 * S10(A,B)/m + S01(A,B)/n, with S the sample covariances of the placement values.
 * @returns null when there are fewer than 2 positive or 2 negative rows.
 */
function delongCovariance(a, b, truth, positive) {
    const m = a.positives;
    const n = a.negatives;
    if (m < 2 || n < 2)
        return null;
    let s10 = 0;
    let s01 = 0;
    const pa = a.placements;
    const pb = b.placements;
    const aucA = a.auc;
    const aucB = b.auc;
    for (let r = 0; r < pa.length; r++) {
        const product = (pa[r] - aucA) * (pb[r] - aucB);
        if (truth[r] === positive)
            s10 += product;
        else
            s01 += product;
    }
    return s10 / (m - 1) / m + s01 / (n - 1) / n;
}
/**
 * A confidence interval for one AUC from DeLong's variance, built on the logit scale and mapped
 * back: logit(Â) ± z·SE/(Â(1 − Â)). The plain Wald interval Â ± z·SE undercovers when the AUC is
 * high and the sample small (simulated binormal data: 88% for a nominal 95% at 30 positives and
 * AUC 0.96, 92% at 45 positives and AUC 0.92; the logit interval 94% and 95% — the transformation
 * studied by Qin & Hotilovac, 2008, Stat. Methods Med. Res. 17); elsewhere the two agree. When
 * Â is 0 or 1 the logit is infinite and the interval is the degenerate Wald one, [Â, Â] ± z·SE.
 */
function delongInterval(auc, variance, confidence) {
    const standardError = Math.sqrt(Math.max(0, variance));
    const z = normal_zCritical(confidence);
    if (auc > 0 && auc < 1) {
        const logit = Math.log(auc / (1 - auc));
        const halfWidth = (z * standardError) / (auc * (1 - auc));
        return [1 / (1 + Math.exp(-(logit - halfWidth))), 1 / (1 + Math.exp(-(logit + halfWidth)))];
    }
    return [Math.max(0, auc - z * standardError), Math.min(1, auc + z * standardError)];
}
/**
 * DeLong's paired test for scores `a` and `b` on the same rows (same truth).
 * @returns null when there are fewer than 2 positive or 2 negative rows.
 * @throws RangeError when the arrays differ in length.
 */
function pairedDelong(a, b, truth, positive, confidence) {
    if (a.length !== b.length)
        throw new RangeError(`paired scores must have the same length, got ${a.length} and ${b.length}`);
    const placementsA = aucPlacements(a, truth, positive);
    const placementsB = aucPlacements(b, truth, positive);
    return pairedDelongFromPlacements(placementsA, placementsB, truth, positive, confidence);
}
/** {@link pairedDelong} from placements already computed (shared with the single-model AUCs). */
function pairedDelongFromPlacements(placementsA, placementsB, truth, positive, confidence) {
    const varianceA = delongVariance(placementsA, truth, positive);
    const varianceB = delongVariance(placementsB, truth, positive);
    const covariance = delongCovariance(placementsA, placementsB, truth, positive);
    if (varianceA === null || varianceB === null || covariance === null)
        return null;
    const difference = placementsB.auc - placementsA.auc;
    const variance = Math.max(0, varianceA + varianceB - 2 * covariance);
    const standardError = Math.sqrt(variance);
    const z = difference / standardError;
    const pValue = standardError > 0 ? normalTwoSided(z) : difference === 0 ? 1 : 0;
    const halfWidth = zCritical(confidence) * standardError;
    return {
        aucA: placementsA.auc,
        aucB: placementsB.auc,
        difference,
        variance,
        standardError,
        z,
        pValue,
        ci: [Math.max(-1, difference - halfWidth), Math.min(1, difference + halfWidth)],
    };
}

;// CONCATENATED MODULE: ./src/metrics/roc-auc.ts
/**
 * Area under the ROC curve.
 *
 * Binary (`roc_auc`): the probability that a random positive row scores above a random negative
 * row, ties counting 1/2 — the Mann–Whitney statistic, equal to the trapezoidal area under the
 * empirical ROC curve. Matches scikit-learn `roc_auc_score(y_true == positive, score)`.
 * Multiclass one-vs-rest (`roc_auc_ovr_macro`, `roc_auc_ovr_weighted`): the binary AUC of each
 * class's probability column against "this class vs the rest", averaged unweighted (macro) or by
 * class prevalence in y_true (weighted). Matches scikit-learn
 * `roc_auc_score(y_true, proba, multi_class="ovr", average=…, labels=…)`.
 *
 * Undefined (null, with a note; scikit-learn raises "Only one class present in y_true") when a
 * class has no rows or every row: there is nothing to rank it against.
 *
 * Intervals:
 * - binary: DeLong's variance (src/stats/delong.ts), Wald interval clipped to [0, 1];
 * - one-vs-rest averages: the average of the per-class AUCs is a smooth function of the rows, and
 *   its influence function at a row is Σ_k w_k·IF_k(row), where IF_k is the DeLong structural
 *   component of class k centred and scaled by its class share (N(V10 − A)/m_k for a row of
 *   class k, N(V01 − A)/n_k otherwise). The weighted average adds the influence of the weights
 *   (class shares): A_class(row) − Σ_k π_k A_k. SE = √(Σ IF² / N(N − 1)); Wald interval clipped
 *   to [0, 1]. This reduces to DeLong's variance for one class (up to the N vs m − 1 divisors),
 *   and its coverage is checked by simulation.
 *
 * Domain: finite scores (any real for the binary AUC). Range: [0, 1].
 * Cost: one radix sort per score column (src/stats/ranking.ts), O(N) after it.
 */



/** Binary ROC AUC with its DeLong interval, from the ranking shared with average precision. */
function binaryRocAuc(ranking, options) {
    if (ranking.positives === 0 || ranking.negatives === 0) {
        const missing = ranking.positives === 0 ? 'positive' : 'negative';
        return { value: null, ci: null, ciMethod: null, note: `undefined: y_true has no ${missing} rows (only one class present)` };
    }
    const { auc: value, variance } = aucFromRanking(ranking);
    if (!options.intervals)
        return { value, ci: null, ciMethod: null };
    if (variance === null)
        return { value, ci: null, ciMethod: null, note: 'no interval: DeLong needs at least 2 positive and 2 negative rows' };
    return { value, ci: delongInterval(value, variance, options.confidence), ciMethod: 'delong' };
}
/**
 * The classes (by label) that make one-vs-rest AUC undefined: absent from y_true, or all of it.
 */
function oneVsRestDegenerateClasses(yTrue, labels) {
    const counts = classCounts(yTrue, labels.length);
    return labels.filter((_, k) => counts[k] === 0 || counts[k] === yTrue.length);
}
/**
 * One-vs-rest AUCs, their macro and prevalence-weighted averages, and (withInfluence) the
 * per-row influence of each average. Every class must be present and absent somewhere in y_true
 * (see {@link oneVsRestDegenerateClasses}).
 */
function oneVsRestWithInfluence(probabilities, yTrue, withInfluence) {
    const classes = probabilities.length;
    const rows = yTrue.length;
    const counts = classCounts(yTrue, classes);
    const perClass = new Float64Array(classes);
    const macroInfluence = withInfluence ? new Float64Array(rows) : null;
    const weightedInfluence = withInfluence ? new Float64Array(rows) : null;
    for (let k = 0; k < classes; k++) {
        const ranking = ranking_rankScores(probabilities[k], yTrue, k);
        if (macroInfluence === null || weightedInfluence === null) {
            perClass[k] = aucFromRanking(ranking).auc;
            continue;
        }
        const placements = placementsFromRanking(ranking);
        perClass[k] = placements.auc;
        const share = counts[k] / rows;
        const inClassScale = rows / counts[k];
        const outClassScale = rows / (rows - counts[k]);
        const v = placements.placements;
        const a = placements.auc;
        for (let r = 0; r < rows; r++) {
            const influence = (v[r] - a) * (yTrue[r] === k ? inClassScale : outClassScale);
            macroInfluence[r] += influence / classes;
            weightedInfluence[r] += share * influence;
        }
    }
    let macro = 0;
    let weighted = 0;
    for (let k = 0; k < classes; k++) {
        macro += perClass[k];
        weighted += perClass[k] * counts[k];
    }
    macro /= classes;
    weighted /= rows;
    if (weightedInfluence !== null) {
        // + the influence of the class shares that weight the average
        for (let r = 0; r < rows; r++)
            weightedInfluence[r] += perClass[yTrue[r]] - weighted;
    }
    return { macro, weighted, perClass, macroInfluence, weightedInfluence };
}
/**
 * One-vs-rest ROC AUC, macro and prevalence-weighted, with influence-function intervals.
 * @param probabilities one score column per class, in label order.
 */
function oneVsRestRocAuc(probabilities, yTrue, labels, options) {
    const degenerate = oneVsRestDegenerateClasses(yTrue, labels);
    if (degenerate.length > 0) {
        const missing = { value: null, ci: null, ciMethod: null, note: oneVsRestUndefinedNote(degenerate) };
        return { macro: missing, weighted: { ...missing }, perClass: probabilities.map(() => null) };
    }
    const estimate = oneVsRestWithInfluence(probabilities, yTrue, options.intervals);
    const perClass = Array.from(estimate.perClass);
    const { macroInfluence, weightedInfluence } = estimate;
    if (macroInfluence === null || weightedInfluence === null) {
        return { macro: { value: estimate.macro, ci: null, ciMethod: null }, weighted: { value: estimate.weighted, ci: null, ciMethod: null }, perClass };
    }
    const rows = yTrue.length;
    const interval = (value, influence) => ({
        value,
        ci: normalInterval(value, influenceStandardError(sumOfSquares(influence), rows), options.confidence, 0, 1),
        ciMethod: 'delong',
    });
    return { macro: interval(estimate.macro, macroInfluence), weighted: interval(estimate.weighted, weightedInfluence), perClass };
}
/** Why one-vs-rest AUC is undefined, naming the classes. */
function oneVsRestUndefinedNote(degenerate) {
    return `undefined: one-vs-rest needs every class both present and absent in y_true; ${degenerate.map((l) => `"${l}"`).join(', ')} ${degenerate.length === 1 ? 'is' : 'are'} not`;
}
function classCounts(yTrue, classes) {
    const counts = new Float64Array(classes);
    for (let r = 0; r < yTrue.length; r++)
        counts[yTrue[r]]++;
    return counts;
}
function sumOfSquares(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i] * values[i];
    return s;
}

;// CONCATENATED MODULE: ./src/metrics/classification.ts
/**
 * All classification metrics of one set of predictions, with their intervals: the compute core
 * of evaluate-model. A pure function of typed arrays.
 *
 * Work is shared: the confusion matrix is counted once (every hard-prediction metric and its
 * bootstrap read it); a binary score column is sorted once (ROC AUC, DeLong, average precision:
 * src/stats/ranking.ts); each one-vs-rest probability column once.
 *
 * Interval methods (named in each MetricValue's `ciMethod`):
 * - `wilson`: accuracy; binary precision and recall (proportions given their denominators);
 * - `delong`: roc_auc (DeLong); roc_auc_ovr_* (DeLong components, influence-function variance);
 * - `bootstrap-multinomial`: the other confusion-matrix metrics (percentile, B resamples of the
 *   K×K counts, seeded);
 * - `analytic`: log_loss, brier (normal interval for a mean); average_precision (delta method,
 *   logit scale).
 */








/** The metrics reported for a binary task, in report order. */
const BINARY_METRICS = Object.freeze([...CONFUSION_METRICS_BY_TASK.binary, 'roc_auc', 'average_precision', 'log_loss', 'brier']);
/** The metrics reported for a multiclass task, in report order. */
const MULTICLASS_METRICS = Object.freeze([...CONFUSION_METRICS_BY_TASK.multiclass, 'roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss']);
/** Every classification metric name (for gate validation). */
const CLASSIFICATION_METRICS = Object.freeze([...new Set([...BINARY_METRICS, ...MULTICLASS_METRICS])]);
/**
 * Metrics of a classifier's predictions. Every metric of the task is present in the result; one
 * that cannot be computed (no score column, a single class in y_true…) has `value: null` and a
 * note saying why.
 * @throws DataError when a label code is missing or out of range, or a score/probability is not a
 *   finite number (naming the 1-based row); RangeError for inconsistent array lengths or options
 *   (the caller's bug, not the user's).
 */
function classificationMetrics(input, options) {
    const { labels, yTrue, yPred } = input;
    const classes = labels.length;
    const task = input.task ?? (classes <= 2 ? 'binary' : 'multiclass');
    checkOptions(options);
    checkShapes(input, classes, task);
    const rows = yTrue.length;
    if (rows === 0)
        throw new DataError('no rows to evaluate');
    const positive = input.positive ?? 1;
    const counts = confusionMatrix(yTrue, yPred, classes);
    const metrics = confusionMetrics(counts, classes, task, task === 'binary' ? positive : -1, options);
    if (task === 'binary') {
        const score = input.score ?? input.probabilities?.[positive];
        if (score === undefined) {
            const missing = { value: null, ci: null, ciMethod: null, note: 'needs a positive-class score or class probabilities' };
            for (const name of ['roc_auc', 'average_precision', 'log_loss', 'brier'])
                metrics[name] = { ...missing };
        }
        else {
            checkFinite(score, 'score');
            const ranking = ranking_rankScores(score, yTrue, positive);
            metrics.roc_auc = binaryRocAuc(ranking, options);
            metrics.average_precision = averagePrecision(ranking, options);
            const outside = firstOutsideUnitInterval(score);
            if (input.probabilities !== undefined) {
                metrics.log_loss = meanLoss(multiclassLogLossPerRow(input.probabilities, yTrue), options);
            }
            else if (outside >= 0) {
                metrics.log_loss = notAProbability(outside);
            }
            else {
                metrics.log_loss = meanLoss(binaryLogLossPerRow(score, yTrue, positive), options);
            }
            metrics.brier = outside >= 0 ? notAProbability(outside) : brierScore(score, yTrue, positive, options);
        }
    }
    else if (input.probabilities === undefined) {
        const missing = { value: null, ci: null, ciMethod: null, note: 'needs per-class probabilities' };
        for (const name of ['roc_auc_ovr_macro', 'roc_auc_ovr_weighted', 'log_loss'])
            metrics[name] = { ...missing };
    }
    else {
        const ovr = oneVsRestRocAuc(input.probabilities, yTrue, labels, options);
        metrics.roc_auc_ovr_macro = ovr.macro;
        metrics.roc_auc_ovr_weighted = ovr.weighted;
        metrics.log_loss = meanLoss(multiclassLogLossPerRow(input.probabilities, yTrue), options);
    }
    const order = task === 'binary' ? BINARY_METRICS : MULTICLASS_METRICS;
    const ordered = {};
    for (const name of order)
        ordered[name] = metrics[name];
    return { task, rows, metrics: ordered, confusionMatrix: toNestedArrays(counts, classes) };
}
function notAProbability(row) {
    return { value: null, ci: null, ciMethod: null, note: `needs probabilities: the score at row ${row + 1} is outside [0, 1]` };
}
function firstOutsideUnitInterval(values) {
    for (let r = 0; r < values.length; r++)
        if (!(values[r] >= 0 && values[r] <= 1))
            return r;
    return -1;
}
function checkFinite(values, what) {
    for (let r = 0; r < values.length; r++) {
        if (!Number.isFinite(values[r]))
            throw new DataError(`${what} is ${Number.isNaN(values[r]) ? 'missing' : 'not finite'}`, { row: r + 1 });
    }
}
function checkShapes(input, classes, task) {
    const rows = input.yTrue.length;
    if (input.yPred.length !== rows)
        throw new RangeError(`y_pred has ${input.yPred.length} rows, y_true ${rows}`);
    if (task === 'binary' && (classes < 1 || classes > 2))
        throw new RangeError(`a binary task needs 1 or 2 labels, got ${classes}`);
    if (task === 'multiclass' && classes < 2)
        throw new RangeError(`a multiclass task needs at least 2 labels, got ${classes}`);
    const positive = input.positive ?? 1;
    if (task === 'binary' && !(Number.isInteger(positive) && positive >= 0 && positive < classes)) {
        throw new RangeError(`positive class code ${positive} is not one of the ${classes} labels`);
    }
    if (input.score !== undefined && input.score.length !== rows)
        throw new RangeError(`score has ${input.score.length} rows, y_true ${rows}`);
    if (input.probabilities !== undefined) {
        if (input.probabilities.length !== classes)
            throw new RangeError(`${input.probabilities.length} probability columns for ${classes} labels`);
        input.probabilities.forEach((column, k) => {
            if (column.length !== rows)
                throw new RangeError(`probability column ${k} has ${column.length} rows, y_true ${rows}`);
            checkFinite(column, `probability of "${input.labels[k]}"`);
        });
    }
}
function checkOptions(options) {
    if (!(options.confidence > 0 && options.confidence < 1))
        throw new RangeError(`confidence must be in (0, 1), got ${options.confidence}`);
    if (!(Number.isInteger(options.bootstrapSamples) && options.bootstrapSamples >= 1)) {
        throw new RangeError(`bootstrapSamples must be a positive integer, got ${options.bootstrapSamples}`);
    }
    if (!Number.isSafeInteger(options.seed))
        throw new RangeError(`seed must be a safe integer, got ${options.seed}`);
}

;// CONCATENATED MODULE: ./src/metrics/mean-errors.ts
/**
 * The mean-error family of regression metrics, e_r = y_r − ŷ_r:
 * - `mae`  = (1/N) Σ |e_r|                       — scikit-learn `mean_absolute_error`
 * - `mse`  = (1/N) Σ e_r²                        — `mean_squared_error`
 * - `rmse` = √mse                                 — `mean_squared_error(squared=False)`
 * - `mape` = (1/N) Σ |e_r| / max(|y_r|, ε), ε = 2.220446049250313e-16 (float64 machine epsilon)
 *                                                — `mean_absolute_percentage_error`: a fraction, not
 *   a percentage, and huge (not infinite) when some y_r is 0, as in scikit-learn.
 *
 * Intervals: each is a mean of independent per-row values, so mean ± z·s/√N, clipped at 0
 * (src/stats/influence-interval.ts); rmse's interval is the square root of mse's (a monotone
 * transform keeps the coverage and the positivity that a delta-method interval would lose).
 * Coverage checked by simulation.
 *
 * Domain: finite values. Range: [0, ∞).
 */

const mean_errors_EPSILON = 2.220446049250313e-16;
/** Per-row |e|, e² or |e| / max(|y|, ε). */
function meanErrorPerRow(name, yTrue, yPred) {
    const values = new Float64Array(yTrue.length);
    for (let r = 0; r < yTrue.length; r++) {
        const e = yTrue[r] - yPred[r];
        values[r] = name === 'mae' ? Math.abs(e) : name === 'mse' ? e * e : Math.abs(e) / Math.max(Math.abs(yTrue[r]), mean_errors_EPSILON);
    }
    return values;
}
/** The mean of non-negative per-row errors with its normal interval clipped at 0. */
function meanError(values, options) {
    const { mean, standardError } = meanAndStandardError(values);
    if (!options.intervals)
        return { value: mean, ci: null, ciMethod: null };
    if (!(standardError >= 0))
        return { value: mean, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
    return { value: mean, ci: normalInterval(mean, standardError, options.confidence, 0), ciMethod: 'analytic' };
}
/** rmse from mse: the square root of the value and of both interval bounds. */
function rootOf(mse) {
    return {
        ...mse,
        value: mse.value === null ? null : Math.sqrt(mse.value),
        ci: mse.ci === null ? null : [Math.sqrt(mse.ci[0]), Math.sqrt(mse.ci[1])],
    };
}

;// CONCATENATED MODULE: ./src/metrics/median-absolute-error.ts
/**
 * Median absolute error: the median of |y_r − ŷ_r| (the mean of the two middle values for even
 * N), robust to outliers. Matches scikit-learn `median_absolute_error`.
 *
 * Interval: distribution-free, from order statistics (the binomial argument for a median:
 * the number of |e| below the true median is Binomial(N, 1/2)). Bounds are the order statistics
 * of ranks ⌊N/2 − z√N/2⌋ and ⌈1 + N/2 + z√N/2⌉ (1-based, clamped to [1, N]) — Conover (1999),
 * "Practical Nonparametric Statistics", §3.2, normal approximation to the binomial. Coverage
 * checked by simulation.
 *
 * Domain: finite values. Range: [0, ∞).
 */

function medianAbsoluteError(yTrue, yPred, options) {
    const rows = yTrue.length;
    const sorted = new Float64Array(rows);
    for (let r = 0; r < rows; r++)
        sorted[r] = Math.abs(yTrue[r] - yPred[r]);
    sorted.sort();
    const middle = rows >> 1;
    const value = rows % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    if (!options.intervals)
        return { value, ci: null, ciMethod: null };
    const spread = (normal_zCritical(options.confidence) * Math.sqrt(rows)) / 2;
    const lowerRank = Math.max(1, Math.floor(rows / 2 - spread));
    const upperRank = Math.min(rows, Math.ceil(1 + rows / 2 + spread));
    return { value, ci: [sorted[lowerRank - 1], sorted[upperRank - 1]], ciMethod: 'analytic' };
}

;// CONCATENATED MODULE: ./src/metrics/variance-explained.ts
/**
 * The variance-explained pair of regression metrics, e_r = y_r − ŷ_r, ȳ the mean of y:
 * - `r2` (coefficient of determination) = 1 − Σ e_r² / Σ (y_r − ȳ)²  — scikit-learn `r2_score`;
 * - `explained_variance` = 1 − Var(e) / Var(y)                        — `explained_variance_score`
 *   (differs from r2 by ignoring a constant bias ē).
 * Edge case as scikit-learn 1.2 (force_finite=True): when y is constant (Var(y) = 0) the value is
 * 1 if the errors are all 0 (respectively have no variance), else 0 — reported with a note and no
 * interval.
 *
 * Interval: delta method. With mse = mean e², v_y = mean (y − ȳ)², r2 = 1 − mse / v_y has
 * influence  IF_r = −(e_r² − mse)/v_y + mse·((y_r − ȳ)² − v_y)/v_y²  (ȳ's own influence vanishes
 * to first order); explained_variance the same with e_r − ē and Var(e) in place of e_r and mse.
 * SE = √(Σ IF² / N(N − 1)), Wald interval, clipped at 1 above (both can be any negative number).
 * Coverage checked by simulation.
 *
 * Domain: finite values, N ≥ 2. Range: (−∞, 1].
 */

/** r2 (centreErrors = false) or explained_variance (centreErrors = true) and its influence function. */
function varianceExplainedWithInfluence(yTrue, yPred, centreErrors) {
    const rows = yTrue.length;
    const errors = new Float64Array(rows);
    for (let r = 0; r < rows; r++)
        errors[r] = yTrue[r] - yPred[r];
    const meanY = compensatedSum(yTrue) / rows;
    const meanError = centreErrors ? compensatedSum(errors) / rows : 0;
    // Reuse `errors` for the squared (centred) errors; `deviations` for (y − ȳ)².
    const deviations = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
        const e = errors[r] - meanError;
        const d = yTrue[r] - meanY;
        errors[r] = e * e;
        deviations[r] = d * d;
    }
    const numerator = compensatedSum(errors) / rows;
    const denominator = compensatedSum(deviations) / rows;
    if (denominator === 0)
        return { value: numerator === 0 ? 1 : 0, influence: null };
    const ratio = numerator / (denominator * denominator);
    const influence = errors; // overwritten in place: IF_r = −(e_r² − mse)/v_y + mse·((y_r − ȳ)² − v_y)/v_y²
    for (let r = 0; r < rows; r++)
        influence[r] = -(errors[r] - numerator) / denominator + ratio * (deviations[r] - denominator);
    return { value: 1 - numerator / denominator, influence };
}
/** r2 (centreErrors = false) or explained_variance (centreErrors = true), with its interval. */
function varianceExplained(yTrue, yPred, centreErrors, options) {
    const { value, influence } = varianceExplainedWithInfluence(yTrue, yPred, centreErrors);
    if (influence === null) {
        return { value, ci: null, ciMethod: null, note: `y_true is constant: ${centreErrors ? 'explained variance' : 'R²'} is undefined; scikit-learn reports ${value}` };
    }
    if (!options.intervals)
        return { value, ci: null, ciMethod: null };
    const rows = yTrue.length;
    if (rows < 2)
        return { value, ci: null, ciMethod: null, note: 'no interval: needs at least 2 rows' };
    let squares = 0;
    for (let r = 0; r < rows; r++)
        squares += influence[r] * influence[r];
    return { value, ci: normalInterval(value, influenceStandardError(squares, rows), options.confidence, -Infinity, 1), ciMethod: 'analytic' };
}

;// CONCATENATED MODULE: ./src/metrics/regression.ts
/**
 * All regression metrics of one set of predictions, with their intervals: the compute core of
 * evaluate-model for `--task regression`. A pure function of typed arrays.
 *
 * Interval methods (all `analytic`; none resamples, so a million rows cost a few passes):
 * - mae, mse, mape: normal interval for a mean of per-row values; rmse: √ of mse's bounds;
 * - r2, explained_variance: delta method (influence function);
 * - median_ae: distribution-free order-statistic interval for a median.
 */




/** Every regression metric name, in report order (for gate validation). */
const REGRESSION_METRICS = Object.freeze(['mae', 'mse', 'rmse', 'r2', 'mape', 'median_ae', 'explained_variance']);
/**
 * Metrics of a regressor's predictions.
 * @throws DataError naming the 1-based row of a missing or infinite value, or when there are no
 *   rows; RangeError when the arrays differ in length (the caller's bug).
 */
function regressionMetrics(yTrue, yPred, options) {
    if (yTrue.length !== yPred.length)
        throw new RangeError(`y_pred has ${yPred.length} rows, y_true ${yTrue.length}`);
    if (yTrue.length === 0)
        throw new DataError('no rows to evaluate');
    regression_checkFinite(yTrue, 'y_true');
    regression_checkFinite(yPred, 'y_pred');
    const mse = meanError(meanErrorPerRow('mse', yTrue, yPred), options);
    const metrics = {
        mae: meanError(meanErrorPerRow('mae', yTrue, yPred), options),
        mse,
        rmse: rootOf(mse),
        r2: varianceExplained(yTrue, yPred, false, options),
        mape: meanError(meanErrorPerRow('mape', yTrue, yPred), options),
        median_ae: medianAbsoluteError(yTrue, yPred, options),
        explained_variance: varianceExplained(yTrue, yPred, true, options),
    };
    const zeroRow = yTrue.indexOf(0);
    if (zeroRow >= 0) {
        metrics.mape.note = `y_true is 0 at row ${zeroRow + 1}: that row's error is divided by ε = 2.2e-16 (scikit-learn's convention), so mape is huge`;
    }
    return { rows: yTrue.length, metrics };
}
function regression_checkFinite(values, what) {
    for (let r = 0; r < values.length; r++) {
        if (!Number.isFinite(values[r]))
            throw new DataError(`${what} is ${Number.isNaN(values[r]) ? 'missing' : 'not finite'}`, { row: r + 1 });
    }
}

;// CONCATENATED MODULE: ./src/actions/evaluate-model/compute.ts
/** Metrics for the whole file and for every slice, from the prepared typed arrays. */


function evaluate(data, options) {
    const whole = metricsOf(data, options);
    const slices = {};
    const fairness = {};
    for (const column of data.slices) {
        const groups = rowsBySlice(column);
        const entries = {};
        groups.forEach((rows, code) => {
            if (rows.length === 0)
                return;
            entries[column.values[code]] = { rows: rows.length, metrics: metricsOf(subset(data, rows), options).metrics };
        });
        slices[column.name] = entries;
        if (data.task === 'binary' && data.positive !== undefined)
            fairness[column.name] = fairnessOf(data, groups);
    }
    return { ...whole, slices, sliceGaps: largestGaps(slices), fairness };
}
function metricsOf(data, options) {
    const intervals = { confidence: options.confidence, bootstrapSamples: options.bootstrapSamples, seed: options.seed, intervals: true };
    if (data.task === 'regression') {
        return { metrics: toEntries(regressionMetrics(data.yTrue, data.yPred, intervals).metrics), confusionMatrix: null };
    }
    const computed = classificationMetrics({
        labels: data.labels,
        yTrue: data.yTrue,
        yPred: data.yPred,
        task: data.task,
        positive: data.positive,
        score: data.score,
        probabilities: data.probabilities,
    }, intervals);
    return { metrics: toEntries(computed.metrics), confusionMatrix: computed.confusionMatrix };
}
function toEntries(metrics) {
    const out = {};
    for (const [name, m] of Object.entries(metrics)) {
        out[name] = { value: m.value, ci: m.ci, ciMethod: m.ciMethod, ...(m.note ? { note: m.note } : {}) };
    }
    return out;
}
/** Row indices per slice value, by one counting pass (rows with a missing value are in none). */
function rowsBySlice(column) {
    const counts = new Uint32Array(column.values.length);
    for (let i = 0; i < column.codes.length; i++)
        if (column.codes[i] >= 0)
            counts[column.codes[i]]++;
    const groups = Array.from(counts, (n) => new Uint32Array(n));
    const filled = new Uint32Array(column.values.length);
    for (let i = 0; i < column.codes.length; i++) {
        const code = column.codes[i];
        if (code >= 0)
            groups[code][filled[code]++] = i;
    }
    return groups;
}
function subset(data, rows) {
    const pickF = (a) => Float64Array.from(rows, (i) => a[i]);
    const pickI = (a) => Int32Array.from(rows, (i) => a[i]);
    if (data.task === 'regression')
        return { ...data, rows: rows.length, slices: [], yTrue: pickF(data.yTrue), yPred: pickF(data.yPred) };
    const c = data;
    return {
        ...c,
        rows: rows.length,
        slices: [],
        yTrue: pickI(c.yTrue),
        yPred: pickI(c.yPred),
        score: c.score ? pickF(c.score) : undefined,
        probabilities: c.probabilities?.map(pickF),
    };
}
/** Demographic parity and equal opportunity differences across a column's values (binary). */
function fairnessOf(data, groups) {
    const positive = data.positive;
    const selection = [];
    const tpr = [];
    for (const rows of groups) {
        if (rows.length === 0)
            continue;
        let predictedPositive = 0;
        let actualPositive = 0;
        let truePositive = 0;
        for (const i of rows) {
            const p = data.yPred[i] === positive;
            const t = data.yTrue[i] === positive;
            if (p)
                predictedPositive++;
            if (t)
                actualPositive++;
            if (p && t)
                truePositive++;
        }
        selection.push(predictedPositive / rows.length);
        if (actualPositive > 0)
            tpr.push(truePositive / actualPositive);
    }
    const spread = (v) => (v.length >= 2 ? Math.max(...v) - Math.min(...v) : null);
    return { demographicParityDifference: spread(selection), equalOpportunityDifference: spread(tpr) };
}
/** Per metric, the slice column whose values differ most. */
function largestGaps(slices) {
    const gaps = {};
    for (const [column, entries] of Object.entries(slices)) {
        const metricNames = new Set(Object.values(entries).flatMap((e) => Object.keys(e.metrics)));
        for (const metric of metricNames) {
            let lowest;
            let highest;
            for (const [slice, entry] of Object.entries(entries)) {
                const value = entry.metrics[metric]?.value;
                if (value === null || value === undefined)
                    continue;
                if (!lowest || value < lowest.value)
                    lowest = { slice, value };
                if (!highest || value > highest.value)
                    highest = { slice, value };
            }
            if (!lowest || !highest || lowest.slice === highest.slice)
                continue;
            const gap = highest.value - lowest.value;
            if (!gaps[metric] || gap > gaps[metric].gap)
                gaps[metric] = { column, gap, lowest, highest };
        }
    }
    return gaps;
}

;// CONCATENATED MODULE: ./src/actions/evaluate-model/gates.ts
/** Which gates evaluate-model knows, and what each evaluates to once the metrics are computed. */




const FAIRNESS_METRICS = ['demographic_parity_difference', 'equal_opportunity_difference'];
const SLICE_FIELDS = ['slice_gap', 'slice_min', 'slice_max'];
const BOUND_FIELDS = ['lower', 'upper'];
const EVALUATE_MODEL_GATES = {
    metrics: [...new Set([...CLASSIFICATION_METRICS, ...REGRESSION_METRICS]), ...FAIRNESS_METRICS],
    fields: [...BOUND_FIELDS, ...SLICE_FIELDS],
};
/** Once the task is known: every gate must name a metric of that task, and slice gates need slices. */
function checkGatesForTask(gates, task, hasSlices) {
    const metrics = task === 'regression' ? REGRESSION_METRICS : task === 'binary' ? BINARY_METRICS : MULTICLASS_METRICS;
    for (const gate of gates) {
        const { metric, field } = splitSubject(gate.subject, EVALUATE_MODEL_GATES.fields);
        const fairness = FAIRNESS_METRICS.includes(metric);
        if (fairness && task !== 'binary')
            throw new errors_ConfigurationError(`gate "${gate.id}": ${metric} needs a binary task (this one is ${task})`);
        if (!fairness && !metrics.includes(metric)) {
            throw new errors_ConfigurationError(`gate "${gate.id}": ${metric} does not apply to a ${task} task; its metrics: ${metrics.join(', ')}`);
        }
        const sliced = fairness || (field !== undefined && SLICE_FIELDS.includes(field));
        if (sliced && !hasSlices)
            throw new errors_ConfigurationError(`gate "${gate.id}" needs slice-columns`);
        if (fairness && field !== undefined)
            throw new errors_ConfigurationError(`gate "${gate.id}": ${metric} has no field .${field}`);
    }
}
function evaluateModelResolver(result) {
    return (metric, field) => {
        if (FAIRNESS_METRICS.includes(metric))
            return worstFairness(result, metric);
        const entry = result.metrics[metric];
        if (!entry)
            return undefined;
        if (field === undefined) {
            return entry.value === null ? unavailable(`${metric} is undefined here${entry.note ? `: ${entry.note}` : ''}`) : { observed: entry.value };
        }
        if (field === 'lower' || field === 'upper') {
            if (!entry.ci)
                return unavailable(`${metric} has no interval${entry.note ? `: ${entry.note}` : ''}`);
            return { observed: field === 'lower' ? entry.ci[0] : entry.ci[1], interval: entry.ci };
        }
        if (field === 'slice_gap') {
            const gap = result.sliceGaps[metric];
            return gap ? { observed: gap.gap } : unavailable(`${metric} has fewer than two slices with a value`);
        }
        const values = Object.values(result.slices).flatMap((slices) => Object.values(slices).map((s) => s.metrics[metric]?.value ?? null));
        const defined = values.filter((v) => v !== null);
        if (defined.length === 0)
            return unavailable(`${metric} is undefined in every slice`);
        return { observed: field === 'slice_min' ? Math.min(...defined) : Math.max(...defined) };
    };
}
function worstFairness(result, metric) {
    const key = metric === 'demographic_parity_difference' ? 'demographicParityDifference' : 'equalOpportunityDifference';
    const values = Object.values(result.fairness)
        .map((f) => f[key])
        .filter((v) => v !== null);
    return values.length > 0 ? { observed: Math.max(...values) } : unavailable(`${metric} needs two slices with a value`);
}
function unavailable(reason) {
    return { observed: null, status: 'error', reason };
}

;// CONCATENATED MODULE: ./src/gates/parse-gates.ts
/**
 * The gate grammar (DESIGN.md): one gate a line, `<metric>[.<field>] <op> <number>[%] [warn]`.
 * Parsed with one regular expression, never evaluated as code.
 */

const GATE_PATTERN = /^(?<subject>[^<>=!\s](?:[^<>=!]*[^<>=!\s])?)\s*(?<op><=|>=|==|<|>)\s*(?<number>[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(?<percent>%)?(?:\s+(?<severity>warn|fail))?$/;
/** Parses every line; the first malformed one is a ConfigurationError quoting it. */
function parseGates(lines, inputName = 'gates') {
    const gates = [];
    const seen = new Set();
    for (const line of lines) {
        const gate = parseGate(line, inputName);
        if (seen.has(gate.id))
            throw new errors_ConfigurationError(`input "${inputName}": gate "${gate.id}" is given twice`);
        seen.add(gate.id);
        gates.push(gate);
    }
    return gates;
}
function parseGate(line, inputName = 'gates') {
    const text = line.trim();
    const match = GATE_PATTERN.exec(text);
    if (!match?.groups) {
        throw new errors_ConfigurationError(`input "${inputName}": cannot read gate "${text}" (expected "<metric>[.<field>] <op> <number>[%] [warn]" with op one of < <= > >= ==, e.g. "roc_auc.lower >= 0.9")`);
    }
    const { subject, op, number, percent, severity } = match.groups;
    const value = Number(number);
    const threshold = percent ? value / 100 : value;
    const normalisedSubject = subject.trim();
    const id = `${normalisedSubject} ${op} ${number}${percent ?? ''}${severity === 'warn' ? ' warn' : ''}`;
    return { id, subject: normalisedSubject, op: op, threshold, severity: severity === 'warn' ? 'warn' : 'fail' };
}

;// CONCATENATED MODULE: ./src/io/table.ts
/**
 * The columnar table every action reads. No per-row objects: numbers live in Float64Array,
 * text in dictionary codes. Row numbers in messages are 1-based data rows (header not counted).
 */


const COLUMN_TYPES = (/* unused pure expression or super */ null && (['integer', 'number', 'boolean', 'datetime', 'string']));
function isNumeric(column) {
    return column.type !== 'string';
}
function columnNames(table) {
    return table.columns.map((c) => c.name);
}
/** The named column, or a DataError listing the columns that exist and the closest name. */
function table_getColumn(table, name) {
    const column = table.columns.find((c) => c.name === name);
    if (column)
        return column;
    throw missingColumnError(table.source, name, columnNames(table));
}
function hasColumn(table, name) {
    return table.columns.some((c) => c.name === name);
}
function missingColumnError(file, name, available) {
    const closest = closestName(name, available);
    const hint = closest !== undefined ? ` (did you mean "${closest}"?)` : '';
    const list = available.length > 0 ? available.map((n) => `"${n}"`).join(', ') : 'none';
    return new DataError(`no column "${name}"${hint}; the columns are ${list}`, { file });
}
/**
 * The column's values as numbers, NaN where missing. A text column is parsed here (each
 * dictionary entry once); the first token that is not a number is a DataError naming row and token.
 */
function numericValues(table, name) {
    const column = table_getColumn(table, name);
    if (isNumeric(column))
        return column.values;
    const parsed = new Float64Array(column.dictionary.length);
    for (let k = 0; k < column.dictionary.length; k++)
        parsed[k] = parseStrictNumber(column.dictionary[k]);
    const out = new Float64Array(column.codes.length);
    for (let i = 0; i < out.length; i++) {
        const code = column.codes[i];
        if (code < 0) {
            out[i] = NaN;
            continue;
        }
        const v = parsed[code];
        if (Number.isNaN(v)) {
            throw new DataError(`"${column.dictionary[code]}" is not a number`, {
                file: table.source,
                column: name,
                row: i + 1,
            });
        }
        out[i] = v;
    }
    return out;
}
/**
 * The column's values as text labels (for class labels and slice keys), with a code per row.
 * Numbers are written the way JavaScript prints them (1.0 → "1"), so 1 and "1" are one class.
 */
function table_labelCodes(column) {
    if (!isNumeric(column))
        return { codes: column.codes, dictionary: [...column.dictionary] };
    const index = new Map();
    const dictionary = [];
    const codes = new Int32Array(column.values.length);
    for (let i = 0; i < codes.length; i++) {
        const v = column.values[i];
        if (Number.isNaN(v)) {
            codes[i] = -1;
            continue;
        }
        let code = index.get(v);
        if (code === undefined) {
            code = dictionary.length;
            index.set(v, code);
            dictionary.push(column.type === 'boolean' ? (v === 1 ? 'true' : 'false') : String(v));
        }
        codes[i] = code;
    }
    return { codes, dictionary };
}
/** A decimal number as written in a data file; anything else (including "1,234", "N/A") is NaN. */
function parseStrictNumber(token) {
    const t = token.trim();
    if (t === '' || !NUMBER_PATTERN.test(t))
        return NaN;
    return Number(t);
}
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|infinity|Infinity|Inf)$/;

;// CONCATENATED MODULE: ./src/predictions/task.ts
/**
 * The task of a predictions file — binary, multiclass or regression — given, or inferred from the
 * true labels with the reason stated (the report shows it).
 */

const TASKS = ['binary', 'multiclass', 'regression'];
/** Integer-valued targets with more distinct values than this are treated as regression. */
const MAX_CLASSES_BEFORE_REGRESSION = 50;
/**
 * The task given, or inferred: fractional or many-valued numeric labels → regression; otherwise
 * the classes found in the truth and prediction columns (two or fewer → binary).
 */
function decideTask(given, truth, predicted) {
    if (given)
        return { task: given, reason: 'given by the task input' };
    if (isNumeric(truth) && truth.type !== 'boolean') {
        const values = truth.values;
        let fractional = false;
        for (let i = 0; i < values.length; i++) {
            if (!Number.isInteger(values[i])) {
                fractional = true;
                break;
            }
        }
        if (fractional)
            return { task: 'regression', reason: `${truth.name} holds fractional numbers` };
        const distinct = new Set(values).size;
        if (distinct > MAX_CLASSES_BEFORE_REGRESSION) {
            return { task: 'regression', reason: `${truth.name} holds ${distinct} distinct whole numbers (more than ${MAX_CLASSES_BEFORE_REGRESSION})` };
        }
    }
    const classes = new Set([...table_labelCodes(truth).dictionary, ...table_labelCodes(predicted).dictionary]).size;
    return classes <= 2
        ? { task: 'binary', reason: `${classes} classes in ${truth.name} and ${predicted.name}` }
        : { task: 'multiclass', reason: `${classes} classes in ${truth.name} and ${predicted.name}` };
}

;// CONCATENATED MODULE: ./src/actions/evaluate-model/inputs.ts




const EVALUATE_MODEL_INPUTS = [
    { name: 'predictions', kind: 'file', required: true, description: 'The predictions file (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz): one row per example with the true label and the prediction.' },
    { name: 'task', kind: 'enum', allowed: TASKS, description: 'The task. Inferred when absent (and the report says how): fractional or many-valued numeric labels → regression, two classes → binary, more → multiclass.' },
    { name: 'label-column', kind: 'string', default: 'y_true', description: 'Column with the true label (or target value).' },
    { name: 'prediction-column', kind: 'string', default: 'y_pred', description: 'Column with the predicted label (or value).' },
    { name: 'score-column', kind: 'string', description: 'Binary: column with the positive-class score or probability (enables roc_auc, average_precision, log_loss, brier).' },
    { name: 'score-columns', kind: 'string', description: 'Per-class probability columns as a glob such as `proba_*`; the class name follows the prefix.' },
    { name: 'positive-label', kind: 'string', description: 'Binary: the positive class. Default: 1 when the labels are 0/1 or -1/1, true when they are booleans; otherwise required.' },
    { name: 'labels', kind: 'list', description: 'All class labels, when some class may be absent from the true labels (predictions must belong to this set).' },
    { name: 'slice-columns', kind: 'list', description: 'Columns to slice by: every metric per value, the largest gap between slices, and for binary tasks demographic parity and equal opportunity differences.' },
    { name: 'confidence', kind: 'number', default: '0.95', min: 0.5, max: 0.9999, description: 'Confidence level of the intervals.' },
    { name: 'bootstrap-samples', kind: 'integer', default: '1000', min: 0, max: 100000, description: 'Bootstrap resamples for metrics without a closed-form interval (0 turns those intervals off).' },
    { name: 'seed', kind: 'integer', default: '42', min: 0, max: 4294967295, description: 'Seed of the bootstrap, so a run can be reproduced exactly.' },
    { name: 'inconclusive', kind: 'enum', allowed: ['fail', 'warn'], default: 'fail', description: 'How a bound gate counts when its interval straddles the threshold (e.g. `roc_auc.lower >= 0.9` with interval [0.88, 0.93]).' },
    { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields.' },
];
function readEvaluateModelConfig(reader) {
    const scoreColumn = reader.optional('score-column');
    const scoreColumns = reader.optional('score-columns');
    if (scoreColumns !== undefined && !scoreColumns.includes('*')) {
        throw new errors_ConfigurationError(`input "score-columns": "${scoreColumns}" is not a glob (write a prefix and *, e.g. proba_*)`);
    }
    return {
        predictions: reader.required('predictions'),
        task: reader.enum('task'),
        labelColumn: reader.required('label-column'),
        predictionColumn: reader.required('prediction-column'),
        scoreColumn,
        scoreColumns,
        positiveLabel: reader.optional('positive-label'),
        labels: reader.list('labels'),
        sliceColumns: reader.list('slice-columns'),
        confidence: reader.number('confidence'),
        bootstrapSamples: reader.integer('bootstrap-samples'),
        seed: reader.integer('seed'),
        inconclusive: reader.enum('inconclusive'),
        nullValues: reader.list('null-values'),
        gates: parseGates(reader.lines('gates')),
    };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/io/byte-source.ts
/**
 * A file as a stream of byte chunks, gunzipped on the fly when it is `.gz`. Parsers never see
 * the whole file as one string; they get Buffers of about {@link CHUNK_BYTES} bytes. Every
 * failure to open or decompress becomes a one-line DataError naming the file.
 */



/** Large enough that per-chunk overhead vanishes, small enough to keep peak memory low. */
const CHUNK_BYTES = 1 << 22;
/** Checks that `path` is a readable regular file; a DataError otherwise. Returns its size. */
async function statFile(path, source) {
    let stats;
    try {
        stats = await external_node_fs_namespaceObject.promises.stat(path);
    }
    catch (error) {
        throw openError(error, source);
    }
    if (stats.isDirectory())
        throw new DataError('is a directory, not a file', { file: source });
    try {
        await external_node_fs_namespaceObject.promises.access(path, external_node_fs_namespaceObject.promises.constants.R_OK);
    }
    catch (error) {
        throw openError(error, source);
    }
    return stats.size;
}
/**
 * The file's bytes in chunks (decompressed when `gzip`). `source` is the name used in messages.
 * Callers must treat each chunk as read-only and may keep references to it.
 */
async function* readChunks(path, source, gzip) {
    const file = (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: CHUNK_BYTES });
    if (!gzip) {
        try {
            for await (const chunk of file)
                yield chunk;
        }
        catch (error) {
            throw openError(error, source);
        }
        return;
    }
    const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: CHUNK_BYTES });
    file.on('error', (error) => gunzip.destroy(error));
    file.pipe(gunzip);
    try {
        for await (const chunk of gunzip)
            yield chunk;
    }
    catch (error) {
        if (isZlibError(error)) {
            throw new DataError(`is not a valid gzip file (${zlibReason(error)})`, { file: source });
        }
        throw openError(error, source);
    }
    finally {
        file.destroy();
        gunzip.destroy();
    }
}
/** The whole (decompressed) file as bytes; for formats that must be parsed as one document. */
async function readAll(path, source, gzip) {
    const chunks = [];
    for await (const chunk of readChunks(path, source, gzip))
        chunks.push(chunk);
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
function isZlibError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('Z_');
}
function zlibReason(error) {
    if (error.code === 'Z_BUF_ERROR')
        return 'the compressed data ends early';
    return error.message;
}
/** A one-line DataError for a failure to open or read a file. */
function openError(error, source) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return new DataError('file not found', { file: source });
        case 'EACCES':
        case 'EPERM':
            return new DataError('cannot read the file: permission denied', { file: source });
        case 'EISDIR':
            return new DataError('is a directory, not a file', { file: source });
        case 'ENOTDIR':
            return new DataError('file not found (a part of the path is not a directory)', { file: source });
        default: {
            const message = error instanceof Error ? error.message : String(error);
            return new DataError(`cannot read the file: ${message.split('\n')[0]}`, { file: source });
        }
    }
}

;// CONCATENATED MODULE: ./src/io/block-array.ts
/**
 * Append-only typed arrays stored in fixed-size blocks. Growing never copies (unlike doubling,
 * which briefly needs three times the data), and {@link toArray} builds the exact-size result
 * one block at a time, so a column's peak memory is about twice its final size only while it
 * is being finished, one column after another.
 */
const BLOCK = 1 << 16;
class Float64Blocks {
    blocks = [];
    current = new Float64Array(BLOCK);
    offset = 0;
    length = 0;
    push(value) {
        if (this.offset === BLOCK) {
            this.blocks.push(this.current);
            this.current = new Float64Array(BLOCK);
            this.offset = 0;
        }
        this.current[this.offset++] = value;
        this.length++;
    }
    /** The values as one exact-size array; the blocks are released. */
    toArray() {
        const out = new Float64Array(this.length);
        let at = 0;
        for (const block of this.blocks) {
            out.set(block, at);
            at += BLOCK;
        }
        out.set(this.current.subarray(0, this.offset), at);
        this.blocks.length = 0;
        this.current = new Float64Array(0);
        return out;
    }
}
class Int32Blocks {
    blocks = [];
    current = new Int32Array(BLOCK);
    offset = 0;
    length = 0;
    push(value) {
        if (this.offset === BLOCK) {
            this.blocks.push(this.current);
            this.current = new Int32Array(BLOCK);
            this.offset = 0;
        }
        this.current[this.offset++] = value;
        this.length++;
    }
    toArray() {
        const out = new Int32Array(this.length);
        let at = 0;
        for (const block of this.blocks) {
            out.set(block, at);
            at += BLOCK;
        }
        out.set(this.current.subarray(0, this.offset), at);
        this.blocks.length = 0;
        this.current = new Int32Array(0);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/io/datetime-parser.ts
/**
 * ISO 8601 dates and date-times, parsed from bytes into milliseconds since the Unix epoch (UTC).
 *
 * Accepted: `YYYY-MM-DD`, and `YYYY-MM-DD` + `T` or one space + `HH:MM`, optional `:SS`, optional
 * fraction `.f…` (any number of digits; kept to sub-millisecond precision), optional zone `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. Without a zone the time is taken as UTC, so the same file gives
 * the same numbers on every machine. Calendar fields are checked (no 2023-02-29, no 24:00).
 */
const ZERO = 48;
function digit(bytes, i) {
    const d = bytes[i] - ZERO;
    return d >= 0 && d <= 9 ? d : -1;
}
function twoDigits(bytes, i) {
    const a = digit(bytes, i);
    const b = digit(bytes, i + 1);
    return a < 0 || b < 0 ? -1 : a * 10 + b;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
        return 29;
    return DAYS_IN_MONTH[month - 1];
}
/** Milliseconds since the epoch for the ISO 8601 text in `bytes[start, end)`, or NaN. */
function parseDatetimeBytes(bytes, start, end) {
    const length = end - start;
    if (length < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45)
        return NaN;
    const y0 = twoDigits(bytes, start);
    const y1 = twoDigits(bytes, start + 2);
    const month = twoDigits(bytes, start + 5);
    const day = twoDigits(bytes, start + 8);
    if (y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1)
        return NaN;
    const year = y0 * 100 + y1;
    if (day > daysInMonth(year, month))
        return NaN;
    // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
    const dayMs = year >= 100 ? Date.UTC(year, month - 1, day) : new Date(Date.UTC(2000, month - 1, day)).setUTCFullYear(year);
    if (length === 10)
        return dayMs;
    let i = start + 10;
    const separator = bytes[i];
    if (separator !== 84 && separator !== 32 && separator !== 116)
        return NaN; // T, space, t
    i++;
    if (end - i < 5 || bytes[i + 2] !== 58)
        return NaN; // HH:MM
    const hour = twoDigits(bytes, i);
    const minute = twoDigits(bytes, i + 3);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return NaN;
    i += 5;
    let second = 0;
    let fraction = 0;
    if (i < end && bytes[i] === 58) {
        second = twoDigits(bytes, i + 1);
        if (second < 0 || second > 59)
            return NaN;
        i += 3;
        if (i < end && (bytes[i] === 46 || bytes[i] === 44)) {
            i++;
            let scale = 100; // milliseconds per first fraction digit
            const fractionStart = i;
            while (i < end) {
                const d = digit(bytes, i);
                if (d < 0)
                    break;
                fraction += d * scale;
                scale /= 10;
                i++;
            }
            if (i === fractionStart)
                return NaN;
        }
    }
    let offsetMinutes = 0;
    if (i < end) {
        const zone = bytes[i];
        if (zone === 90 || zone === 122) {
            i++; // Z or z
        }
        else if (zone === 43 || zone === 45) {
            const sign = zone === 45 ? -1 : 1;
            const oh = twoDigits(bytes, i + 1);
            if (oh < 0 || oh > 23)
                return NaN;
            i += 3;
            let om = 0;
            if (i < end) {
                if (bytes[i] === 58)
                    i++;
                om = twoDigits(bytes, i);
                if (om < 0 || om > 59)
                    return NaN;
                i += 2;
            }
            offsetMinutes = sign * (oh * 60 + om);
        }
        else {
            return NaN;
        }
    }
    if (i !== end)
        return NaN;
    return dayMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}
/** {@link parseDatetimeBytes} on a string (for JSON values). */
function parseDatetimeString(text) {
    const bytes = Buffer.from(text, 'utf8');
    return parseDatetimeBytes(bytes, 0, bytes.length);
}

;// CONCATENATED MODULE: ./src/io/infer-type.ts
/**
 * Type inference for one column, token by token.
 *
 * A column gets the type of its first non-missing token, tried in this order: number (integer
 * when written without fraction or exponent), boolean (`true`/`false`, `True`/`False`,
 * `TRUE`/`FALSE`), ISO 8601 datetime (see datetime-parser.ts), else string. It keeps that type
 * only if EVERY later non-missing token parses the same way; one token that does not (`1,234`,
 * `N/A`, `yes` in a boolean column) makes the whole column a string column with the raw
 * (trimmed) tokens, so nothing is silently coerced. A column of integers that holds one beyond
 * ±2^53 (e.g. 20-digit ids), which a double cannot hold exactly, is text too; among numbers with
 * fractions such a token is just a number, rounded to the nearest double like any other.
 *
 * An explicit type (configuration) is strict instead: a token that does not parse is an error
 * naming file, column, row and token. Explicit `boolean` also accepts any letter case and 1/0.
 */
const TRUE_FORMS = ['true', 'True', 'TRUE'].map((t) => Buffer.from(t));
const FALSE_FORMS = ['false', 'False', 'FALSE'].map((t) => Buffer.from(t));
function equalsAt(bytes, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (bytes[start + k] !== word[k])
            return false;
    return true;
}
function equalsIgnoreCase(bytes, start, end, lowerWord) {
    if (end - start !== lowerWord.length)
        return false;
    for (let k = 0; k < lowerWord.length; k++)
        if ((bytes[start + k] | 0x20) !== lowerWord.charCodeAt(k))
            return false;
    return true;
}
/** 1 for true, 0 for false, -1 when the token is not one of the inferred boolean spellings. */
function parseBooleanBytes(bytes, start, end) {
    const length = end - start;
    if (length === 4) {
        for (const form of TRUE_FORMS)
            if (equalsAt(bytes, start, end, form))
                return 1;
    }
    else if (length === 5) {
        for (const form of FALSE_FORMS)
            if (equalsAt(bytes, start, end, form))
                return 0;
    }
    return -1;
}
/** The explicit-type spelling: `true`/`false` in any case, or `1`/`0`. */
function parseBooleanLenient(bytes, start, end) {
    if (end - start === 1) {
        if (bytes[start] === 49)
            return 1;
        if (bytes[start] === 48)
            return 0;
        return -1;
    }
    if (equalsIgnoreCase(bytes, start, end, 'true'))
        return 1;
    if (equalsIgnoreCase(bytes, start, end, 'false'))
        return 0;
    return -1;
}

;// CONCATENATED MODULE: ./src/io/number-parser.ts
/**
 * Decimal numbers parsed straight from bytes, without making a string on the fast paths.
 *
 * Grammar (the same as `parseStrictNumber` in table.ts): `[+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?`, or `[+-]?` followed by `inf`, `Inf`, `infinity` or `Infinity`.
 * Thousands separators, hex, `0x`, `1_000` and a lone `.` are not numbers.
 *
 * Exactness — every result equals `Number(text)` (correctly rounded, round-half-even):
 * 1. Up to 15 significant digits and a decimal exponent within ±22: the digits and the power of
 *    ten are exact doubles, so one multiplication or division is correctly rounded (Clinger's
 *    fast path).
 * 2. 16 to 19 significant digits (what full-precision exports such as pandas' `to_csv` write),
 *    exponent within ±22: the digits are held exactly as a double-double, multiplied or divided
 *    by the power of ten in double-double arithmetic (error below 2^-100 relative), and rounded
 *    once. When that value lies too close to a rounding midpoint to certify, or the result is a
 *    power of two or subnormal, the token goes to path 3.
 * 3. Anything else: `Number()` on the token's text.
 */
/**
 * Side results of the last {@link scanNumber} / {@link parseNumberBytes}: whether the number was
 * written as an integer, and where its text ended.
 */
const numberSyntax = { integer: false, end: 0 };
const POW10 = new Float64Array(23);
POW10[0] = 1;
for (let i = 1; i < POW10.length; i++)
    POW10[i] = POW10[i - 1] * 10;
const number_parser_ZERO = 48;
const DOT = 46;
const PLUS = 43;
const MINUS = 45;
/**
 * The number written in `bytes[start, end)` (already trimmed), or NaN when it is not a number.
 * Sets `numberSyntax.integer` when the token has no fraction, exponent or infinity.
 */
function parseNumberBytes(bytes, start, end) {
    const value = scanNumber(bytes, start, end);
    return numberSyntax.end === end ? value : NaN;
}
/**
 * The number whose text starts at `start` and runs as far as the grammar allows (at most to
 * `end`); `numberSyntax.end` is where it stopped. NaN when no number starts there (then `end`
 * is meaningless). The CSV reader uses it to parse a field while finding where the field ends.
 */
function scanNumber(bytes, start, end) {
    let i = start;
    if (i >= end)
        return NaN;
    let negative = false;
    const first = bytes[i];
    if (first === MINUS || first === PLUS) {
        negative = first === MINUS;
        if (++i >= end)
            return NaN;
    }
    const bodyStart = i;
    // mantissa: the first 15 significant digits; low: up to 4 more (lowDigits of them).
    let mantissa = 0;
    let significant = 0;
    let low = 0;
    let lowDigits = 0;
    let exponent = 0;
    let digits = 0;
    let integer = true;
    for (; i < end; i++) {
        const d = bytes[i] - number_parser_ZERO;
        if (d < 0 || d > 9)
            break;
        digits++;
        if (significant < 15) {
            if (significant > 0 || d !== 0) {
                significant++;
                mantissa = mantissa * 10 + d;
            }
        }
        else {
            significant++;
            if (lowDigits < 4) {
                low = low * 10 + d;
                lowDigits++;
            }
            else {
                exponent++;
            }
        }
    }
    if (i < end && bytes[i] === DOT) {
        integer = false;
        for (i++; i < end; i++) {
            const d = bytes[i] - number_parser_ZERO;
            if (d < 0 || d > 9)
                break;
            digits++;
            if (significant < 15) {
                if (significant > 0 || d !== 0) {
                    significant++;
                    mantissa = mantissa * 10 + d;
                }
                exponent--;
            }
            else {
                significant++;
                if (lowDigits < 4) {
                    low = low * 10 + d;
                    lowDigits++;
                    exponent--;
                }
            }
        }
    }
    if (digits === 0)
        return i === bodyStart ? parseInfinity(bytes, i, end, negative) : NaN;
    if (i < end && (bytes[i] | 0x20) === 101) {
        // e or E: an exponent must follow, else the text is not a number
        integer = false;
        if (++i >= end)
            return NaN;
        let expNegative = false;
        const sign = bytes[i];
        if (sign === MINUS || sign === PLUS) {
            expNegative = sign === MINUS;
            if (++i >= end)
                return NaN;
        }
        let written = 0;
        const expStart = i;
        for (; i < end; i++) {
            const d = bytes[i] - number_parser_ZERO;
            if (d < 0 || d > 9)
                break;
            if (written < 100000)
                written = written * 10 + d;
        }
        if (i === expStart)
            return NaN;
        exponent += expNegative ? -written : written;
    }
    numberSyntax.integer = integer;
    numberSyntax.end = i;
    let value;
    if (mantissa === 0 && low === 0) {
        value = 0;
    }
    else if (significant <= 15) {
        if (exponent >= -22 && exponent <= 22)
            value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
        else
            value = slowPath(bytes, start, i);
    }
    else if (significant <= 19 && exponent >= -22 && exponent <= 22) {
        value = doubleDoubleRound(mantissa, low, lowDigits, exponent);
        if (value !== value)
            value = slowPath(bytes, start, i);
    }
    else {
        value = slowPath(bytes, start, i);
    }
    return negative ? -value : value;
}
function slowPath(bytes, start, end) {
    return Math.abs(Number(Buffer.prototype.latin1Slice.call(bytes, start, end)));
}
// Error-free transformations (Dekker, Knuth): a·b = product + productError, exactly.
let product = 0;
let productError = 0;
const SPLITTER = 134217729; // 2^27 + 1
function twoProduct(a, b) {
    product = a * b;
    let t = SPLITTER * a;
    const aHigh = t - (t - a);
    const aLow = a - aHigh;
    t = SPLITTER * b;
    const bHigh = t - (t - b);
    const bLow = b - bHigh;
    productError = aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow;
}
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // little-endian: word 1
/**
 * (mantissa · 10^lowDigits + low) · 10^exponent, correctly rounded, or NaN when it cannot be
 * certified here. mantissa < 10^15, low < 10^lowDigits, |exponent| ≤ 22.
 */
function doubleDoubleRound(mantissa, low, lowDigits, exponent) {
    // w = mantissa·10^k + low exactly, as the double-double a + b.
    twoProduct(mantissa, POW10[lowDigits]);
    const s = productError + low; // exact: both are integers below 2^14 in magnitude
    const a = product + s;
    const b = s - (a - product);
    const p = POW10[exponent < 0 ? -exponent : exponent];
    let hi;
    let lo;
    if (exponent < 0) {
        hi = a / p;
        twoProduct(hi, p);
        lo = (a - product - productError + b) / p;
    }
    else {
        twoProduct(a, p);
        hi = product;
        lo = productError + b * p;
    }
    const rounded = hi + lo;
    const offset = hi - rounded + lo; // how far the double-double lies from `rounded`
    bits[0] = rounded;
    const exponentBits = (words[HIGH] >>> 20) & 0x7ff;
    if (exponentBits <= 53 || exponentBits === 0x7ff)
        return NaN; // subnormal ulp, overflow
    if ((words[HIGH] & 0xfffff) === 0 && words[1 - HIGH] === 0)
        return NaN; // a power of two
    words[HIGH] = (exponentBits - 53) << 20; // ulp(rounded) / 2
    words[1 - HIGH] = 0;
    const halfUlp = bits[0];
    const distance = Math.abs(offset) - halfUlp;
    if (distance > -halfUlp * 2 ** -40 && distance < halfUlp * 2 ** -40)
        return NaN;
    if (distance > 0)
        return NaN;
    return rounded;
}
/** `inf`, `Inf`, `infinity`, `Infinity` (the sign was already read). */
function parseInfinity(bytes, i, end, negative) {
    const length = end - i;
    if (length !== 3 && length !== 8)
        return NaN;
    const first = bytes[i];
    if (first !== 105 && first !== 73)
        return NaN; // i or I
    const word = length === 3 ? 'nf' : 'nfinity';
    for (let k = 0; k < word.length; k++)
        if (bytes[i + 1 + k] !== word.charCodeAt(k))
            return NaN;
    numberSyntax.integer = false;
    numberSyntax.end = end;
    return negative ? -Infinity : Infinity;
}
/** Integers beyond ±2^53 cannot all be held exactly in a double. */
function isExactInteger(value) {
    return value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER;
}

;// CONCATENATED MODULE: ./src/io/text-interner.ts
/**
 * Dictionary encoding of text straight from bytes: an open-addressing hash table keyed by the
 * token's bytes, so a value already in the dictionary costs a hash and a byte comparison, and
 * no string is made. Only a new distinct value is decoded (UTF-8) into the dictionary.
 */
class TextInterner {
    dictionary = [];
    slots = new Int32Array(1024).fill(-1);
    hashes = new Int32Array(256);
    starts = new Int32Array(256);
    ends = new Int32Array(256);
    store = new Uint8Array(1 << 14);
    stored = 0;
    /** The code of the text in `bytes[start, end)`, adding it when new. */
    intern(bytes, start, end) {
        let hash = 0x811c9dc5 | 0;
        for (let i = start; i < end; i++)
            hash = Math.imul(hash ^ bytes[i], 0x01000193);
        const mask = this.slots.length - 1;
        const length = end - start;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const code = this.slots[slot];
            if (code < 0)
                return this.add(bytes, start, end, hash, slot);
            if (this.hashes[code] !== hash || this.ends[code] - this.starts[code] !== length)
                continue;
            const at = this.starts[code];
            let same = true;
            for (let k = 0; k < length; k++) {
                if (this.store[at + k] !== bytes[start + k]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return code;
        }
    }
    /** The code of a string (JSON values, Parquet text). */
    internString(text) {
        const bytes = Buffer.from(text, 'utf8');
        return this.intern(bytes, 0, bytes.length);
    }
    add(bytes, start, end, hash, slot) {
        const code = this.dictionary.length;
        this.dictionary.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'));
        if (code === this.hashes.length) {
            this.hashes = grow(this.hashes);
            this.starts = grow(this.starts);
            this.ends = grow(this.ends);
        }
        const length = end - start;
        if (this.stored + length > this.store.length) {
            const store = new Uint8Array(Math.max(this.store.length * 2, this.stored + length));
            store.set(this.store.subarray(0, this.stored));
            this.store = store;
        }
        this.store.set(bytes.subarray(start, end), this.stored);
        this.hashes[code] = hash;
        this.starts[code] = this.stored;
        this.ends[code] = this.stored + length;
        this.stored += length;
        this.slots[slot] = code;
        if ((code + 1) * 2 > this.slots.length)
            this.rehash();
        return code;
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2).fill(-1);
        const mask = slots.length - 1;
        for (let code = 0; code < this.dictionary.length; code++) {
            let slot = this.hashes[code] & mask;
            while (slots[slot] >= 0)
                slot = (slot + 1) & mask;
            slots[slot] = code;
        }
        this.slots = slots;
    }
}
function grow(array) {
    const out = new Int32Array(array.length * 2);
    out.set(array);
    return out;
}

;// CONCATENATED MODULE: ./src/io/column-builder.ts
/**
 * Builds one column from a stream of tokens (CSV/TSV bytes) or values (JSON), inferring its type
 * (infer-type.ts) or enforcing an explicit one. Numbers, booleans and datetimes go straight into
 * a Float64 block array; text is interned from its bytes (text-interner.ts) only for string
 * columns, so no column allocates a string per row on the fast path.
 *
 * When inference is contradicted by a later token, the builder is marked {@link demoted} and
 * stops storing: the loader then reads that column again as text (the raw tokens are not kept
 * around during the first pass, which would double the memory of every numeric column).
 */






class ColumnBuilder {
    name;
    source;
    missing;
    forced;
    contradicted = false;
    /** An inferred integer column met an integer beyond ±2^53, which only text holds exactly. */
    inexactInteger = false;
    /** Tokens or values received so far, missing ones included (= the current 1-based row). */
    rows = 0;
    nullCount = 0;
    kind;
    /** Inferred numbers: every one so far was written as an exactly representable integer. */
    integer = true;
    pendingMissing = 0;
    values;
    codes;
    text = new TextInterner();
    constructor(name, source, missing, 
    /** An explicit type: strict parsing, errors instead of inference. */
    forced) {
        this.name = name;
        this.source = source;
        this.missing = missing;
        this.forced = forced;
        this.kind = forced === undefined ? 'unknown' : forced === 'integer' ? 'number' : forced;
        if (this.kind !== 'unknown')
            this.startStorage();
    }
    /**
     * Inference was contradicted (or an integer column holds integers a double cannot): the
     * column must be read again as text.
     */
    get demoted() {
        return this.contradicted || (this.inexactInteger && this.integer && this.kind === 'number');
    }
    /** One field, already unquoted and trimmed: `bytes[start, end)`. */
    addField(bytes, start, end) {
        if (this.missing.isMissingBytes(bytes, start, end))
            this.addMissing();
        else
            this.addToken(bytes, start, end);
    }
    addMissing() {
        this.rows++;
        this.nullCount++;
        if (this.values !== undefined)
            this.values.push(NaN);
        else if (this.codes !== undefined)
            this.codes.push(-1);
        else
            this.pendingMissing++;
    }
    /** A non-missing token. */
    addToken(bytes, start, end) {
        this.rows++;
        if (this.contradicted)
            return;
        switch (this.kind) {
            case 'number': {
                const v = parseNumberBytes(bytes, start, end);
                if (v !== v)
                    return this.reject(bytes, start, end, this.forced === 'integer' ? 'is not an integer' : 'is not a number');
                if (!numberSyntax.integer || !isExactInteger(v)) {
                    if (this.forced === undefined) {
                        if (numberSyntax.integer)
                            this.inexactInteger = true;
                        else
                            this.integer = false;
                    }
                    else if (this.forced === 'integer' && !(Number.isInteger(v) && isExactInteger(v))) {
                        return this.reject(bytes, start, end, Number.isInteger(v) ? 'is an integer beyond ±2^53, which a double cannot hold exactly' : 'is not an integer');
                    }
                }
                this.values.push(v);
                return;
            }
            case 'boolean': {
                const b = this.forced === undefined ? parseBooleanBytes(bytes, start, end) : parseBooleanLenient(bytes, start, end);
                if (b < 0)
                    return this.reject(bytes, start, end, 'is not a boolean (true, false, 1 or 0)');
                this.values.push(b);
                return;
            }
            case 'datetime': {
                const t = parseDatetimeBytes(bytes, start, end);
                if (t !== t)
                    return this.reject(bytes, start, end, 'is not an ISO 8601 date or datetime');
                this.values.push(t);
                return;
            }
            case 'string':
                this.codes.push(this.text.intern(bytes, start, end));
                return;
            case 'unknown':
                this.rows--;
                this.inferFrom(bytes, start, end);
                this.addToken(bytes, start, end);
                return;
        }
    }
    /** Whether {@link addNumber} may be used: the column takes numbers and no number is missing. */
    get takesNumbers() {
        return this.kind === 'number' && !this.contradicted && !this.missing.hasNumericToken;
    }
    /**
     * A token the tokenizer already parsed as a number (`bytes[start, end)` is its text, for
     * messages). Only while {@link takesNumbers}.
     */
    addNumber(v, integerSyntax, bytes, start, end) {
        this.rows++;
        if (this.contradicted)
            return;
        if (!integerSyntax || !isExactInteger(v)) {
            if (this.forced === undefined) {
                if (integerSyntax)
                    this.inexactInteger = true;
                else
                    this.integer = false;
            }
            else if (this.forced === 'integer' && !(Number.isInteger(v) && isExactInteger(v))) {
                return this.reject(bytes, start, end, Number.isInteger(v) ? 'is an integer beyond ±2^53, which a double cannot hold exactly' : 'is not an integer');
            }
        }
        this.values.push(v);
    }
    /** A JSON value: null, number, boolean or string. */
    addValue(value) {
        if (value === null || value === undefined)
            return this.addMissing();
        if (typeof value === 'string') {
            const trimmed = value.trim();
            if (this.missing.isMissingString(trimmed))
                return this.addMissing();
            const bytes = Buffer.from(trimmed, 'utf8');
            return this.addToken(bytes, 0, bytes.length);
        }
        if (typeof value === 'number' || typeof value === 'boolean') {
            if (this.kind === 'unknown') {
                this.kind = typeof value === 'number' ? 'number' : 'boolean';
                this.startStorage();
            }
            if (this.kind === 'string') {
                this.rows++;
                if (!this.contradicted)
                    this.codes.push(this.text.internString(String(value)));
                return;
            }
            if (typeof value === 'number' && this.kind === 'number') {
                if (!(Number.isInteger(value) && isExactInteger(value))) {
                    if (this.forced === 'integer') {
                        this.rows++;
                        return this.reject(undefined, 0, 0, 'is not an integer', String(value));
                    }
                    this.integer = false;
                }
                this.rows++;
                if (!this.contradicted)
                    this.values.push(value);
                return;
            }
            if (typeof value === 'boolean' && this.kind === 'boolean') {
                this.rows++;
                if (!this.contradicted)
                    this.values.push(value ? 1 : 0);
                return;
            }
            // A number in a boolean or datetime column, or a boolean among numbers: parse its text,
            // which is strict for explicit types and demotes an inferred column.
            const bytes = Buffer.from(String(value), 'utf8');
            return this.addToken(bytes, 0, bytes.length);
        }
        this.rows++;
        const what = Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}`;
        throw new DataError(`holds ${what}; only numbers, strings, booleans and null are supported`, {
            file: this.source,
            column: this.name,
            row: this.rows,
        });
    }
    /** The finished column. Inferred all-missing columns are numbers (all NaN), as in pandas. */
    finish() {
        if (this.kind === 'unknown') {
            this.kind = 'number';
            this.integer = false;
            this.startStorage();
        }
        const { name, nullCount } = this;
        if (this.kind === 'string') {
            return { name, type: 'string', codes: this.codes.toArray(), dictionary: this.text.dictionary, nullCount };
        }
        const type = this.forced ?? (this.kind === 'number' ? (this.integer ? 'integer' : 'number') : this.kind);
        if (type === 'string')
            throw new Error('unreachable: a string column with numeric storage');
        return { name, type, values: this.values.toArray(), nullCount };
    }
    inferFrom(bytes, start, end) {
        const v = parseNumberBytes(bytes, start, end);
        if (v === v)
            this.kind = 'number';
        else if (parseBooleanBytes(bytes, start, end) >= 0)
            this.kind = 'boolean';
        else if (parseDatetimeBytes(bytes, start, end) === parseDatetimeBytes(bytes, start, end))
            this.kind = 'datetime';
        else
            this.kind = 'string';
        this.startStorage();
    }
    startStorage() {
        if (this.kind === 'string') {
            this.codes = new Int32Blocks();
            for (let i = 0; i < this.pendingMissing; i++)
                this.codes.push(-1);
        }
        else {
            this.values = new Float64Blocks();
            for (let i = 0; i < this.pendingMissing; i++)
                this.values.push(NaN);
        }
        this.pendingMissing = 0;
    }
    /** A token that does not parse: an error for an explicit type, a demotion for an inferred one. */
    reject(bytes, start, end, problem, text) {
        if (this.forced === undefined)
            return this.demote();
        const token = text ?? bytes.toString('utf8', start, end);
        throw new DataError(`"${token}" ${problem} (the column's type is set to ${this.forced})`, {
            file: this.source,
            column: this.name,
            row: this.rows,
        });
    }
    demote() {
        this.contradicted = true;
        this.values = undefined;
        this.codes = undefined;
    }
}

;// CONCATENATED MODULE: ./src/io/csv-parser.ts
/**
 * An RFC 4180 tokenizer for delimited text that works on bytes, chunk by chunk.
 *
 * Why our own parser rather than arquero's `loadCSV` (arquero stays for table operations):
 * arquero splits the whole text into JavaScript strings and builds per-row values, which
 * costs several times the file size in memory and runs well below the 150 MB/s this project
 * needs on a million-row file. Here a record is a list of byte spans into the chunk; nothing
 * is decoded until a column builder decides it needs text.
 *
 * Accepted: fields quoted with `"` (the delimiter, newlines and `""` inside quotes), CRLF, LF or
 * CR line ends (mixed too), a missing final line end, blank lines (passed on as empty records).
 * A quote inside an unquoted field is a literal character (`5'10"`), as in Python's csv module.
 * Spaces or tabs may follow a closing quote. Malformed: any other character after a closing
 * quote, or a quote that is never closed; both are reported as {@link CsvSyntaxError} with the
 * field where they occur.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
/** The fields of the current record as spans of the buffer passed with it. Reused per record. */
class FieldSpans {
    count = 0;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    /** 1 when the field was quoted and holds doubled quotes (`""`) that need unescaping. */
    escaped = new Uint8Array(64);
    /** 0: only the span is known; 1: `numbers` holds its value; 2: the same, written as an integer. */
    parsed = new Uint8Array(64);
    numbers = new Float64Array(64);
    push(start, end, escaped) {
        if (this.count === this.starts.length)
            this.grow();
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.escaped[this.count] = escaped;
        this.parsed[this.count] = 0;
        this.count++;
    }
    pushNumber(start, end, value, integer) {
        if (this.count === this.starts.length)
            this.grow();
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.escaped[this.count] = 0;
        this.parsed[this.count] = integer ? 2 : 1;
        this.numbers[this.count] = value;
        this.count++;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        const ends = new Int32Array(size);
        const escaped = new Uint8Array(size);
        const parsed = new Uint8Array(size);
        const numbers = new Float64Array(size);
        starts.set(this.starts);
        ends.set(this.ends);
        escaped.set(this.escaped);
        parsed.set(this.parsed);
        numbers.set(this.numbers);
        this.starts = starts;
        this.ends = ends;
        this.escaped = escaped;
        this.parsed = parsed;
        this.numbers = numbers;
    }
}
/** Malformed quoting in the record being read (the one after the last emitted); `field` is 0-based. */
class CsvSyntaxError extends Error {
    field;
    reason;
    constructor(field, reason) {
        super(reason);
        this.field = field;
        this.reason = reason;
    }
}
/**
 * Tokenizes the chunks, calling `onRecord` for every record. A record that spans
 * chunks is carried over and parsed again once more bytes arrive.
 */
async function parseDelimited(chunks, delimiter, onRecord, 
/** 1 at each field index to parse as a number while tokenizing; the caller may update it. */
numericFields = new Uint8Array(0)) {
    const delimiterBytes = Buffer.from(delimiter, 'utf8');
    if (delimiterBytes.length !== 1 || delimiterBytes[0] === QUOTE || delimiterBytes[0] === LF || delimiterBytes[0] === CR) {
        throw new RangeError(`the delimiter must be one ASCII character other than a quote or line end, got ${JSON.stringify(delimiter)}`);
    }
    const tokenizer = new Tokenizer(delimiterBytes[0], onRecord);
    tokenizer.numericFields = numericFields;
    let pending = [];
    let pendingBytes = 0;
    // Re-parse an incomplete record only when the carried bytes have doubled, so one huge
    // (or never-closed) quoted field costs linear, not quadratic, time.
    let retryAt = 0;
    let total = 0;
    let first = true;
    for await (let chunk of chunks) {
        if (first) {
            if (pendingBytes + chunk.length < 3) {
                pending.push(chunk);
                pendingBytes += chunk.length;
                continue;
            }
            first = false;
            if (pending.length > 0) {
                chunk = Buffer.concat([...pending, chunk]);
                pending = [];
                pendingBytes = 0;
            }
            if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        total += chunk.length;
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < retryAt)
            continue;
        const buffer = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
        const consumed = tokenizer.parse(buffer, false);
        if (consumed === buffer.length) {
            pending = [];
            pendingBytes = 0;
            retryAt = 0;
        }
        else {
            const rest = buffer.subarray(consumed);
            pending = [rest];
            pendingBytes = rest.length;
            retryAt = consumed === 0 ? pendingBytes * 2 : 0;
        }
    }
    if (first && pendingBytes > 0) {
        let buffer = Buffer.concat(pending);
        if (buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf)
            buffer = buffer.subarray(3);
        total += buffer.length;
        pending = [buffer];
        pendingBytes = buffer.length;
    }
    if (pendingBytes > 0)
        tokenizer.parse(pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes), true);
    return { bytes: total };
}
class Tokenizer {
    delimiter;
    onRecord;
    fields = new FieldSpans();
    /** 1 at the index of every field to try parsing as a number while tokenizing. */
    numericFields = new Uint8Array(0);
    /** 1 for the bytes that end an unquoted field: the delimiter, LF and CR. */
    fieldEnd = new Uint8Array(256);
    constructor(delimiter, onRecord) {
        this.delimiter = delimiter;
        this.onRecord = onRecord;
        this.fieldEnd[delimiter] = 1;
        this.fieldEnd[LF] = 1;
        this.fieldEnd[CR] = 1;
    }
    /**
     * Parses whole records from `buf`, returning the offset of the first byte not consumed (the
     * start of an incomplete record). With `final`, the end of `buf` ends the last record.
     */
    parse(buf, final) {
        const delimiter = this.delimiter;
        const fields = this.fields;
        const fieldEnd = this.fieldEnd;
        const numeric = this.numericFields;
        const end = buf.length;
        let pos = 0;
        while (pos < end) {
            const recordStart = pos;
            let c = buf[pos];
            if (c === LF || c === CR) {
                if (c === LF)
                    pos++;
                else if (pos + 1 < end)
                    pos += buf[pos + 1] === LF ? 2 : 1;
                else if (final)
                    pos++;
                else
                    return recordStart;
                fields.count = 0;
                this.emit(buf);
                continue;
            }
            fields.count = 0;
            for (;;) {
                if (pos < end && buf[pos] === QUOTE) {
                    let q = pos + 1;
                    let escaped = 0;
                    for (;;) {
                        q = buf.indexOf(QUOTE, q);
                        if (q === -1) {
                            if (!final)
                                return recordStart;
                            throw new CsvSyntaxError(fields.count, 'a quoted field is never closed');
                        }
                        if (q + 1 < end && buf[q + 1] === QUOTE) {
                            escaped = 1;
                            q += 2;
                            continue;
                        }
                        if (q + 1 >= end && !final)
                            return recordStart;
                        break;
                    }
                    let p = q + 1;
                    while (p < end && (buf[p] === SPACE || (buf[p] === TAB && delimiter !== TAB)))
                        p++;
                    if (p < end) {
                        c = buf[p];
                        if (c !== delimiter && c !== LF && c !== CR) {
                            throw new CsvSyntaxError(fields.count, `unexpected ${describeByte(c)} after a closing quote (a quote inside a quoted field must be doubled: "")`);
                        }
                    }
                    else if (!final) {
                        return recordStart;
                    }
                    fields.push(pos + 1, q, escaped);
                    pos = p;
                }
                else {
                    // Fast path: a column known to hold numbers is parsed while its end is found, so
                    // its bytes are read once. Anything unusual (spaces, text, the chunk's end) falls
                    // back to the general scan, and the column builder parses the span instead.
                    let p = pos;
                    if (fields.count < numeric.length && numeric[fields.count] === 1) {
                        const value = scanNumber(buf, pos, end);
                        const stop = numberSyntax.end;
                        if (value === value && stop < end && fieldEnd[buf[stop]] === 1) {
                            fields.pushNumber(pos, stop, value, numberSyntax.integer);
                            p = stop;
                        }
                    }
                    if (p === pos) {
                        while (p < end && fieldEnd[buf[p]] === 0)
                            p++;
                        if (p >= end && !final)
                            return recordStart;
                        fields.push(pos, p, 0);
                    }
                    pos = p;
                }
                if (pos >= end) {
                    this.emit(buf);
                    return end;
                }
                c = buf[pos];
                if (c === delimiter) {
                    pos++;
                    if (pos >= end) {
                        if (!final)
                            return recordStart;
                        fields.push(pos, pos, 0);
                        this.emit(buf);
                        return end;
                    }
                    continue;
                }
                if (c === CR) {
                    if (pos + 1 < end)
                        pos += buf[pos + 1] === LF ? 2 : 1;
                    else if (final)
                        pos++;
                    else
                        return recordStart;
                }
                else {
                    pos++;
                }
                this.emit(buf);
                break;
            }
        }
        return pos;
    }
    emit(buf) {
        this.onRecord(buf, this.fields);
    }
}
function describeByte(c) {
    if (c >= 32 && c < 127)
        return `character '${String.fromCharCode(c)}'`;
    return `byte 0x${c.toString(16).padStart(2, '0')}`;
}
/** Shrinks `[start, end)` past leading and trailing spaces and tabs; returns the new start. */
function trimStart(buf, start, end) {
    while (start < end && (buf[start] === SPACE || buf[start] === TAB))
        start++;
    return start;
}
function trimEnd(buf, start, end) {
    while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB))
        end--;
    return end;
}
/** Copies a quoted field's content into `out`, turning each `""` into `"`; returns its length. */
function unescapeQuotes(buf, start, end, out) {
    let n = 0;
    for (let i = start; i < end; i++) {
        out[n++] = buf[i];
        if (buf[i] === QUOTE)
            i++;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/io/missing-values.ts
/**
 * Which tokens mean "no value". A field that is empty after trimming is always missing; so are
 * `NaN`, `nan`, `-NaN` and `-nan` (as in pandas, whose default also treats them as missing: a
 * NaN in a data file is a gap, not a measurement). Further tokens come from the caller's
 * `nullValues` (validate-data's `null_values`). `NA`, `N/A`, `null` and the like are values unless
 * listed there: validate-data reports them, other actions stop on them in numeric columns.
 */
/** Tokens that are missing whatever the caller says. */
const BUILTIN_NULL_TOKENS = ['NaN', 'nan', '-NaN', '-nan'];

class MissingValues {
    tokens;
    strings;
    maxLength;
    /** Some missing token is a number (say -999): numbers must then be checked one by one. */
    hasNumericToken;
    /** 1 for every byte some missing token starts with: most tokens are rejected by one lookup. */
    firstBytes = new Uint8Array(256);
    constructor(nullValues = []) {
        const all = [...new Set([...BUILTIN_NULL_TOKENS, ...nullValues.map((t) => t.trim())])].filter((t) => t !== '');
        this.tokens = all.map((t) => Buffer.from(t, 'utf8'));
        this.strings = new Set(all);
        this.maxLength = Math.max(0, ...this.tokens.map((t) => t.length));
        for (const token of this.tokens)
            this.firstBytes[token[0]] = 1;
        this.hasNumericToken = this.tokens.some((t) => !Number.isNaN(parseNumberBytes(t, 0, t.length)));
    }
    /** Whether the trimmed token `bytes[start, end)` means missing. */
    isMissingBytes(bytes, start, end) {
        const length = end - start;
        if (length === 0)
            return true;
        if (length > this.maxLength || this.firstBytes[bytes[start]] === 0)
            return false;
        outer: for (const token of this.tokens) {
            if (token.length !== length)
                continue;
            for (let k = 0; k < length; k++)
                if (token[k] !== bytes[start + k])
                    continue outer;
            return true;
        }
        return false;
    }
    /** Whether the trimmed text means missing. */
    isMissingString(trimmed) {
        return trimmed === '' || this.strings.has(trimmed);
    }
}

;// CONCATENATED MODULE: ./src/io/delimited.ts
/**
 * CSV and TSV files into a Table: the tokenizer (csv-parser.ts) feeds byte spans to one
 * ColumnBuilder per wanted column; nothing else is kept per row.
 *
 * Whitespace: every field (quoted or not) is trimmed of spaces and tabs before it is typed or
 * stored, so ` 3 ` is the integer 3 and ` Paris ` the text `Paris`; a field empty after
 * trimming is missing. A column whose inferred type a later token contradicts is read a second
 * time, as text, so its values are exactly the tokens of the file.
 */






/** Reads `path` (named `source` in messages). */
async function loadDelimited(path, source, options) {
    const missing = new MissingValues(options.nullValues);
    const first = await readPass(path, source, options, missing, undefined);
    const demoted = first.builders.filter((b) => b !== undefined && b.demoted).map((b) => b.name);
    let columns = first.builders.map((b) => (b === undefined || b.demoted ? undefined : b.finish()));
    if (demoted.length > 0) {
        const second = await readPass(path, source, options, missing, new Set(demoted));
        columns = columns.map((c, j) => second.builders[j]?.finish() ?? c);
    }
    const byName = new Map();
    for (const c of columns)
        if (c !== undefined)
            byName.set(c.name, c);
    const wanted = options.columns ?? first.header;
    return { source, rowCount: first.rows, columns: wanted.map((name) => byName.get(name)) };
}
/** One pass over the file. With `asText`, only those columns are read, as strings. */
async function readPass(path, source, options, missing, asText) {
    let header = [];
    let headerSeen = false;
    let builders = [];
    let wantedIndexes = new Int32Array(0);
    // Fields the tokenizer parses as numbers itself (up to the first 4096 columns); refreshed
    // after each record, as builders settle on a type in the first rows and may leave it later.
    const numericFields = new Uint8Array(4096);
    let scratch = Buffer.alloc(1024);
    let rows = 0;
    // Blank lines are not rows, except in a one-column file, where an empty line is a missing
    // value; there, blank lines count once a later record shows they were not trailing ones.
    let pendingBlankLines = 0;
    const onRecord = (bytes, fields) => {
        if (fields.count === 0) {
            if (headerSeen && header.length === 1)
                pendingBlankLines++;
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            header = readHeader(bytes, fields, source);
            const wanted = options.columns ?? header;
            for (const name of wanted)
                if (!header.includes(name))
                    throw missingColumnError(source, name, header);
            builders = header.map((name) => {
                if (!wanted.includes(name))
                    return undefined;
                if (asText !== undefined)
                    return asText.has(name) ? new ColumnBuilder(name, source, missing, 'string') : undefined;
                return new ColumnBuilder(name, source, missing, options.types?.[name]);
            });
            wantedIndexes = Int32Array.from(builders.flatMap((b, j) => (b === undefined ? [] : [j])));
            return;
        }
        for (; pendingBlankLines > 0; pendingBlankLines--) {
            rows++;
            builders[0]?.addMissing();
        }
        rows++;
        if (fields.count !== header.length) {
            const got = `${fields.count} field${fields.count === 1 ? '' : 's'}`;
            throw new DataError(`has ${got} but the header has ${header.length}`, { file: source, row: rows });
        }
        const { starts, ends, escaped, parsed, numbers } = fields;
        for (let k = 0; k < wantedIndexes.length; k++) {
            const j = wantedIndexes[k];
            const builder = builders[j];
            let start = starts[j];
            let end = ends[j];
            if (parsed[j] !== 0) {
                builder.addNumber(numbers[j], parsed[j] === 2, bytes, start, end);
            }
            else if (escaped[j] === 1) {
                if (scratch.length < end - start)
                    scratch = Buffer.alloc(2 * (end - start));
                const length = unescapeQuotes(bytes, start, end, scratch);
                const s = trimStart(scratch, 0, length);
                builder.addField(scratch, s, trimEnd(scratch, s, length));
            }
            else {
                start = trimStart(bytes, start, end);
                end = trimEnd(bytes, start, end);
                builder.addField(bytes, start, end);
            }
            if (j < numericFields.length)
                numericFields[j] = builder.takesNumbers ? 1 : 0;
        }
    };
    let summary;
    try {
        summary = await parseDelimited(readChunks(path, source, options.gzip), options.delimiter, onRecord, numericFields);
    }
    catch (error) {
        if (error instanceof CsvSyntaxError) {
            if (!headerSeen) {
                throw new DataError(`malformed quoting in the header (field ${error.field + 1}): ${error.reason}`, { file: source });
            }
            const column = header[error.field];
            const where = column === undefined ? ` in field ${error.field + 1}` : '';
            throw new DataError(`malformed quoting${where}: ${error.reason}`, { file: source, row: rows + pendingBlankLines + 1, column });
        }
        throw error;
    }
    if (!headerSeen)
        throw new DataError(summary.bytes === 0 ? 'the file is empty' : 'the file has no header row (only blank lines)', { file: source });
    if (rows === 0 && !options.allowEmpty)
        throw new DataError('has a header but no data rows', { file: source });
    return { header, builders, rows };
}
function readHeader(bytes, fields, source) {
    const names = [];
    const seen = new Map();
    for (let j = 0; j < fields.count; j++) {
        let text = bytes.toString('utf8', fields.starts[j], fields.ends[j]);
        if (fields.escaped[j] === 1)
            text = text.replaceAll('""', '"');
        const name = text.trim();
        if (name === '')
            throw new DataError(`the header has an empty column name (column ${j + 1})`, { file: source });
        const before = seen.get(name);
        if (before !== undefined) {
            throw new DataError(`the header names column "${name}" twice (columns ${before + 1} and ${j + 1})`, { file: source });
        }
        seen.set(name, j);
        names.push(name);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/io/format.ts
/**
 * Which parser reads a file: from its extension (`.csv`, `.tsv`, `.txt`, `.json`, `.jsonl`,
 * `.ndjson`, `.parquet`, each optionally followed by `.gz`), or from an explicit override.
 */

const FILE_FORMATS = ['csv', 'tsv', 'json', 'jsonl', 'parquet'];
const EXTENSIONS = {
    '.csv': 'csv',
    '.txt': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv',
    '.json': 'json',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.parquet': 'parquet',
    '.pq': 'parquet',
};
const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);
/** The format of `path`, or a DataError listing the supported extensions. */
function detectFormat(path, override) {
    const lower = path.toLowerCase();
    const gzip = lower.endsWith('.gz');
    if (override !== undefined) {
        if (!FILE_FORMATS.includes(override)) {
            throw new DataError(`unknown format "${String(override)}"; the formats are ${FILE_FORMATS.join(', ')}`, { file: path });
        }
        return { format: override, gzip };
    }
    const base = gzip ? lower.slice(0, -3) : lower;
    const dot = base.lastIndexOf('.');
    const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    const extension = dot > slash ? base.slice(dot) : '';
    const format = EXTENSIONS[extension];
    if (format === undefined) {
        const what = extension === '' ? 'has no file extension' : `has an unknown extension "${extension}"`;
        throw new DataError(`${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')} (each optionally .gz)`, { file: path });
    }
    return { format, gzip };
}
/** The delimiter a delimited format uses unless the caller overrides it. */
function defaultDelimiter(format) {
    return format === 'tsv' ? '\t' : ',';
}

;// CONCATENATED MODULE: ./src/io/json-error.ts
/**
 * A JSON syntax error as a short, stable description. V8's wording changes between Node
 * versions (Node 22 appended line and column), so only the position is kept from it.
 */
function describeJsonError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (position)
        return `syntax error at character ${Number(position[1]) + 1}`;
    if (/end of (JSON|data)/i.test(message))
        return 'the text ends early';
    return message.split('\n')[0];
}

;// CONCATENATED MODULE: ./src/io/record-columns.ts
/**
 * Columns built from JSON records (JSON arrays of objects, JSON Lines): the column set is the
 * union of the records' keys in order of first appearance; a key a record lacks is missing there.
 */



class RecordColumns {
    source;
    missing;
    options;
    asText;
    /** Every key seen, in order of first appearance (wanted or not). */
    keys = [];
    seen = new Set();
    builders = [];
    byName = new Map();
    rows = 0;
    constructor(source, missing, options, 
    /** Only these columns, as text (the second pass for demoted columns). */
    asText) {
        this.source = source;
        this.missing = missing;
        this.options = options;
        this.asText = asText;
    }
    /** One parsed JSON value that must be a record (a plain object). */
    add(record) {
        this.rows++;
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            const what = record === null ? 'null' : Array.isArray(record) ? 'an array' : `a ${typeof record}`;
            throw new DataError(`is ${what}, not a record ({"column": value, …})`, { file: this.source, row: this.rows });
        }
        const object = record;
        for (const key in object) {
            if (!this.seen.has(key))
                this.addKey(key);
        }
        const builders = this.builders;
        for (let j = 0; j < builders.length; j++) {
            const name = builders[j].name;
            builders[j].addValue(Object.hasOwn(object, name) ? object[name] : undefined);
        }
    }
    addKey(key) {
        this.seen.add(key);
        this.keys.push(key);
        const wanted = this.options.columns === undefined || this.options.columns.includes(key);
        if (!wanted || (this.asText !== undefined && !this.asText.has(key)))
            return;
        const type = this.asText !== undefined ? 'string' : this.options.types?.[key];
        const builder = new ColumnBuilder(key, this.source, this.missing, type);
        for (let i = 0; i < this.rows - 1; i++)
            builder.addMissing();
        this.builders.push(builder);
        this.byName.set(key, builder);
    }
    /** Names of columns whose inferred type a later value contradicted. */
    demoted() {
        return new Set(this.builders.filter((b) => b.demoted).map((b) => b.name));
    }
    /** Checks requested columns and row count; the finished columns by name (demoted ones left out). */
    finish() {
        for (const name of this.options.columns ?? []) {
            if (!this.seen.has(name))
                throw missingColumnError(this.source, name, this.keys);
        }
        if (this.rows === 0 && !this.options.allowEmpty)
            throw new DataError('has no data rows', { file: this.source });
        const out = new Map();
        for (const b of this.builders)
            if (!b.demoted)
                out.set(b.name, b.finish());
        return out;
    }
}
/** The table from a first pass and, when needed, a second pass that re-read demoted columns as text. */
function assembleTable(source, first, firstColumns, second, requested) {
    const names = requested ?? first.keys;
    return {
        source,
        rowCount: first.rows,
        columns: names.map((name) => second?.get(name) ?? firstColumns.get(name)),
    };
}

;// CONCATENATED MODULE: ./src/io/json.ts
/**
 * JSON tables: an array of records (`[{"a": 1, "b": "x"}, …]`) or an object of equally long
 * column arrays (`{"a": [1, 2], "b": ["x", "y"]}`). Values may be numbers, strings, booleans
 * or null; strings go through the same inference as CSV tokens (so ISO dates become datetimes).
 *
 * A JSON document is parsed whole with `JSON.parse` (the one format read as a single string: a
 * streaming JSON tokenizer would be slower for the sizes JSON is used at). For large data use
 * JSON Lines, CSV or Parquet, which are streamed.
 */







async function loadJson(path, source, options) {
    const bytes = await readAll(path, source, options.gzip);
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = bytes.toString('utf8', start);
    if (text.trim() === '')
        throw new DataError('the file is empty', { file: source });
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new DataError(`is not valid JSON (${describeJsonError(error)})`, { file: source });
    }
    const missing = new MissingValues(options.nullValues);
    if (Array.isArray(document))
        return fromRecords(document, source, missing, options);
    if (document !== null && typeof document === 'object')
        return fromColumnArrays(document, source, missing, options);
    throw new DataError('a JSON table must be an array of records or an object of column arrays', { file: source });
}
function fromRecords(records, source, missing, options) {
    const first = new RecordColumns(source, missing, options);
    for (const record of records)
        first.add(record);
    const firstColumns = first.finish();
    const demoted = first.demoted();
    let second;
    if (demoted.size > 0) {
        const text = new RecordColumns(source, missing, options, demoted);
        for (const record of records)
            text.add(record);
        second = text.finish();
    }
    return assembleTable(source, first, firstColumns, second, options.columns);
}
function fromColumnArrays(document, source, missing, options) {
    const names = Object.keys(document);
    let rowCount;
    let firstName = '';
    for (const name of names) {
        const values = document[name];
        if (!Array.isArray(values)) {
            throw new DataError('is not an array (a JSON table of columns maps each column name to an array of values)', { file: source, column: name });
        }
        if (rowCount === undefined) {
            rowCount = values.length;
            firstName = name;
        }
        else if (values.length !== rowCount) {
            throw new DataError(`has ${values.length} values but column "${firstName}" has ${rowCount}`, { file: source, column: name });
        }
    }
    for (const name of options.columns ?? [])
        if (!names.includes(name))
            throw missingColumnError(source, name, names);
    if ((rowCount ?? 0) === 0 && !options.allowEmpty)
        throw new DataError('has no data rows', { file: source });
    const wanted = options.columns ?? names;
    const columns = wanted.map((name) => {
        const values = document[name];
        let builder = new ColumnBuilder(name, source, missing, options.types?.[name]);
        for (const v of values)
            builder.addValue(v);
        if (builder.demoted) {
            builder = new ColumnBuilder(name, source, missing, 'string');
            for (const v of values)
                builder.addValue(v);
        }
        return builder.finish();
    });
    return { source, rowCount: rowCount ?? 0, columns };
}

;// CONCATENATED MODULE: ./src/io/jsonl.ts
/**
 * JSON Lines (`.jsonl`, `.ndjson`): one JSON record per line, streamed line by line. Blank lines
 * are skipped and not counted as rows. Values as in json.ts.
 */





async function loadJsonLines(path, source, options) {
    const missing = new MissingValues(options.nullValues);
    const first = new RecordColumns(source, missing, options);
    const bytes = await readLines(path, source, options.gzip, first);
    if (bytes === 0)
        throw new DataError('the file is empty', { file: source });
    const firstColumns = first.finish();
    const demoted = first.demoted();
    let second;
    if (demoted.size > 0) {
        const text = new RecordColumns(source, missing, options, demoted);
        await readLines(path, source, options.gzip, text);
        second = text.finish();
    }
    return assembleTable(source, first, firstColumns, second, options.columns);
}
/** Feeds every non-blank line's record to `columns`; returns the number of bytes read. */
async function readLines(path, source, gzip, columns) {
    let carry;
    let total = 0;
    let first = true;
    const line = (buffer, start, end) => {
        while (start < end && isSpace(buffer[start]))
            start++;
        while (end > start && isSpace(buffer[end - 1]))
            end--;
        if (start === end)
            return;
        let record;
        try {
            record = JSON.parse(buffer.toString('utf8', start, end));
        }
        catch (error) {
            throw new DataError(`is not valid JSON (${describeJsonError(error)})`, { file: source, row: columns.rows + 1 });
        }
        columns.add(record);
    };
    for await (let chunk of readChunks(path, source, gzip)) {
        if (first && chunk.length > 0) {
            first = false;
            if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        total += chunk.length;
        const buffer = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
        let start = 0;
        for (let newline = buffer.indexOf(10, start); newline !== -1; newline = buffer.indexOf(10, start)) {
            line(buffer, start, newline);
            start = newline + 1;
        }
        carry = start < buffer.length ? buffer.subarray(start) : undefined;
    }
    if (carry !== undefined)
        line(carry, 0, carry.length);
    return total;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 13;
}

;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/node.js
/**
 * @import {AsyncBuffer} from '../src/types.js'
 */





/**
 * Construct an AsyncBuffer for a local file using node fs package.
 *
 * @param {string} filename
 * @returns {Promise<AsyncBuffer>}
 */
async function asyncBufferFromFile(filename) {
  const { size } = await external_fs_namespaceObject.promises.stat(filename)
  return {
    byteLength: size,
    slice(start, end) {
      if (start === end) return Promise.resolve(new ArrayBuffer(0))
      // read file slice (createReadStream end is inclusive)
      const reader = (0,external_fs_namespaceObject.createReadStream)(filename, { start, end: end === undefined ? undefined : end - 1 })
      return new Promise((resolve, reject) => {
        /** @type {any[]} */
        const chunks = []
        reader.on('data', chunk => chunks.push(chunk))
        reader.on('error', reject)
        reader.on('end', () => {
          const buffer = Buffer.concat(chunks)
          if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength) {
            resolve(buffer.buffer)
          } else {
            // small buffers share node's allocation pool
            resolve(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength))
          }
        })
      })
    },
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/constants.js

/** @type {import('../src/types.d.ts').ParquetType[]} */
const ParquetTypes = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96', // deprecated
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

/** @type {import('../src/types.d.ts').Encoding[]} */
const Encodings = [
  'PLAIN',
  'GROUP_VAR_INT', // deprecated
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED', // deprecated
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
]

/** @type {import('../src/types.d.ts').FieldRepetitionType[]} */
const FieldRepetitionTypes = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
]

/** @type {import('../src/types.d.ts').ConvertedType[]} */
const ConvertedTypes = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

/** @type {import('../src/types.d.ts').CompressionCodec[]} */
const CompressionCodecs = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

/** @type {import('../src/types.d.ts').PageType[]} */
const PageTypes = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** @type {import('../src/types.d.ts').BoundaryOrder[]} */
const BoundaryOrders = [
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]

/** @type {import('../src/types.d.ts').EdgeInterpolationAlgorithm[]} */
const EdgeInterpolationAlgorithms = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/wkb.js
/**
 * WKB (Well-Known Binary) decoder for geometry objects.
 *
 * @param {DataReader} reader
 * @returns {Geometry} geometry object
 */
function wkbToGeojson(reader) {
  const flags = getFlags(reader)

  if (flags.type === 1) { // Point
    return { type: 'Point', coordinates: readPosition(reader, flags) }
  } else if (flags.type === 2) { // LineString
    return { type: 'LineString', coordinates: readLine(reader, flags) }
  } else if (flags.type === 3) { // Polygon
    return { type: 'Polygon', coordinates: readPolygon(reader, flags) }
  } else if (flags.type === 4) { // MultiPoint
    const points = []
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)))
    }
    return { type: 'MultiPoint', coordinates: points }
  } else if (flags.type === 5) { // MultiLineString
    const lines = []
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)))
    }
    return { type: 'MultiLineString', coordinates: lines }
  } else if (flags.type === 6) { // MultiPolygon
    const polygons = []
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)))
    }
    return { type: 'MultiPolygon', coordinates: polygons }
  } else if (flags.type === 7) { // GeometryCollection
    const geometries = []
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader))
    }
    return { type: 'GeometryCollection', geometries }
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`)
  }
}

/**
 * Extract ISO WKB flags and base geometry type.
 *
 * @param {DataReader} reader
 * @returns {WkbFlags}
 */
function getFlags(reader) {
  const { view } = reader
  const littleEndian = view.getUint8(reader.offset++) === 1
  const rawType = view.getUint32(reader.offset, littleEndian)
  reader.offset += 4

  const type = rawType % 1000
  const flags = Math.floor(rawType / 1000)

  let count = 0
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian)
    reader.offset += 4
  }

  // XY, XYZ, XYM, XYZM
  let dim = 2
  if (flags) dim++
  if (flags === 3) dim++

  return { littleEndian, type, dim, count }
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[]}
 */
function readPosition(reader, flags) {
  const points = []
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian)
    reader.offset += 8
    points.push(coord)
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][]}
 */
function readLine(reader, flags) {
  const points = []
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags))
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][][]}
 */
function readPolygon(reader, flags) {
  const { view } = reader
  const rings = []
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian)
    reader.offset += 4
    rings.push(readLine(reader, { ...flags, count }))
  }
  return rings
}

/**
 * @typedef {object} WkbFlags
 * @property {boolean} littleEndian
 * @property {number} type
 * @property {number} dim
 * @property {number} count
 */

/**
 * @import {DataReader, Geometry} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/convert.js


/**
 * @import {ColumnDecoder, DecodedArray, Encoding, ParquetParsers} from '../src/types.js'
 */

const decoder = new TextDecoder()

/**
 * Default type parsers when no custom ones are given
 * @type ParquetParsers
 */
const DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis))
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n))
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n))
  },
  dateFromDays(days) {
    return new Date(days * 86400000)
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes)
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes))
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  uuidFromBytes(bytes) {
    if (!bytes) return undefined
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20, 32)
  },
}

/**
 * Convert known types from primitive to rich, and dereference dictionary.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {DecodedArray | undefined} dictionary
 * @param {Encoding} encoding
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith('_DICTIONARY')) {
    let output = data
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      // @ts-expect-error upgrade data to match dictionary type with fancy constructor
      output = new dictionary.constructor(data.length)
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]]
    }
    return output
  } else {
    return convert(data, columnDecoder)
  }
}

/**
 * Convert known types from primitive to rich.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder
  const { type, converted_type: ctype, logical_type: ltype } = element
  const nullable = element.repetition_type !== 'REQUIRED'

  // Skip utf8 conversion for plain BYTE_ARRAY inside VARIANT
  const isVariant = schemaPath?.some(s => s.element.logical_type?.type === 'VARIANT')
  if (isVariant && type === 'BYTE_ARRAY' && ctype !== 'UTF8' && ltype?.type !== 'STRING') {
    return data
  }
  if (ctype === 'DECIMAL') {
    const scale = element.scale || 0
    const factor = 10 ** -scale
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = parseDecimal(data[i]) * factor
      } else {
        arr[i] = Number(data[i]) * factor
      }
    }
    return arr
  }
  if (!ctype && type === 'INT96') {
    return Array.from(data).map(v => parsers.timestampFromNanoseconds(parseInt96Nanos(v)))
  }
  if (ctype === 'DATE') {
    return Array.from(data).map(v => parsers.dateFromDays(v))
  }
  if (ctype === 'TIMESTAMP_MILLIS') {
    return Array.from(data).map(v => parsers.timestampFromMilliseconds(v))
  }
  if (ctype === 'TIMESTAMP_MICROS') {
    return Array.from(data).map(v => parsers.timestampFromMicroseconds(v))
  }
  if (ctype === 'JSON') {
    return data.map(v => parsers.jsonFromBytes(v))
  }
  if (ctype === 'BSON') {
    throw new Error('parquet bson not supported')
  }
  if (ctype === 'INTERVAL') {
    throw new Error('parquet interval not supported')
  }
  if (ltype?.type === 'GEOMETRY') {
    return data.map(v => parsers.geometryFromBytes(v))
  }
  if (ltype?.type === 'GEOGRAPHY') {
    return data.map(v => parsers.geographyFromBytes(v))
  }
  if (ltype?.type === 'UUID') {
    return data.map(v => parsers.uuidFromBytes(v))
  }
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || utf8 && type === 'BYTE_ARRAY') {
    return data.map(v => parsers.stringFromBytes(v))
  }
  if (ctype === 'UINT_64' || ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length)
    for (let i = 0; i < arr.length; i++) arr[i] = data[i]
    return arr
  }
  if (ctype === 'UINT_32' || ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i]
    }
    return arr
  }
  if (ltype?.type === 'FLOAT16') {
    return Array.from(data).map(parseFloat16)
  }
  if (ltype?.type === 'TIMESTAMP') {
    const { unit } = ltype
    /** @type {ParquetParsers[keyof ParquetParsers]} */
    let parser = parsers.timestampFromMilliseconds
    if (unit === 'MICROS') parser = parsers.timestampFromMicroseconds
    if (unit === 'NANOS') parser = parsers.timestampFromNanoseconds
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i])
    }
    return arr
  }
  return data
}

/**
 * @param {Uint8Array} bytes
 * @returns {number}
 */
function parseDecimal(bytes) {
  if (!bytes.length) return 0

  let value = 0n
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte)
  }

  // handle signed
  const bits = bytes.length * 8
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits)
  }

  return Number(value)
}

/**
 * Converts INT96 date format (hi 32bit days, lo 64bit nanos) to nanos since epoch
 * @param {bigint} value
 * @returns {bigint}
 */
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n
  const nano = value & 0xffffffffffffffffn
  return days * 86400000000000n + nano
}

/**
 * @param {Uint8Array | undefined} bytes
 * @returns {number | undefined}
 */
function parseFloat16(bytes) {
  if (!bytes) return undefined
  const int16 = bytes[1] << 8 | bytes[0]
  const sign = int16 >> 15 ? -1 : 1
  const exp = int16 >> 10 & 0x1f
  const frac = int16 & 0x3ff
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024) // subnormals
  if (exp === 0x1f) return frac ? NaN : sign * Infinity
  return sign * 2 ** (exp - 15) * (1 + frac / 1024)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/schema.js
/**
 * Build a tree from the schema elements.
 *
 * @param {SchemaElement[]} schema
 * @param {number} rootIndex index of the root element
 * @param {string[]} path path to the element
 * @returns {SchemaTree} tree of schema elements
 */
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex]
  const children = []
  let count = 1

  // Read the specified number of children
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count]
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name])
      count += child.count
      children.push(child)
    }
  }

  return { count, element, children, path }
}

/**
 * Get schema elements from the root to the given element name.
 *
 * @param {SchemaElement[]} schema
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name)
}

/**
 * Get schema tree nodes from the root of a prebuilt tree to the given element name.
 *
 * @param {SchemaTree} tree root of the schema tree
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getTreePath(tree, name) {
  const path = [tree]
  for (const part of name) {
    const child = tree.children.find(child => child.element.name === part)
    if (!child) throw new Error(`parquet schema element not found: ${name}`)
    path.push(child)
    tree = child
  }
  return path
}

/**
 * Get all physical (leaf) column names.
 *
 * @param {SchemaTree} schemaTree
 * @returns {string[]} list of physical column names
 */
function getPhysicalColumns(schemaTree) {
  /** @type {string[]} */
  const columns = []
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child)
      }
    } else {
      columns.push(node.path.join('.'))
    }
  }
  traverse(schemaTree)
  return columns
}

/**
 * Get the max repetition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max repetition level
 */
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath) {
    if (element.repetition_type === 'REPEATED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Get the max definition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max definition level
 */
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== 'REQUIRED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Check if a column is list-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if list-like
 */
function isListLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'LIST') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length > 1) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  return true
}

/**
 * Check if a column is map-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if map-like
 */
function isMapLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'MAP') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length !== 2) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  const keyChild = firstChild.children.find(child => child.element.name === 'key')
  if (keyChild?.element.repetition_type === 'REPEATED') return false

  const valueChild = firstChild.children.find(child => child.element.name === 'value')
  if (valueChild?.element.repetition_type === 'REPEATED') return false

  return true
}

/**
 * Returns true if a column is non-nested.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {boolean}
 */
function isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false
  const [, column] = schemaPath
  if (column.element.repetition_type === 'REPEATED') return false
  if (column.children.length) return false
  return true
}

/**
 * @import {SchemaElement, SchemaTree} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/thrift.js
/**
 * @import {DataReader, ThriftObject, ThriftType} from '../src/types.js'
 */

// TCompactProtocol types
const STOP = 0
const TRUE = 1
const FALSE = 2
const BYTE = 3
const I16 = 4
const I32 = 5
const I64 = 6
const DOUBLE = 7
const BINARY = 8
const LIST = 9
const STRUCT = 12

/**
 * Parse TCompactProtocol
 *
 * @param {DataReader} reader
 * @returns {{ [key: `field_${number}`]: any }}
 */
function deserializeTCompactProtocol(reader) {
  /** @type {ThriftObject} */
  const value = {}
  let fid = 0

  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error('thrift struct ended without STOP')
    // Parse each field based on its type and add to the result object
    const byte = reader.view.getUint8(reader.offset++)
    const type = byte & 0x0f
    if (type === STOP) break
    const delta = byte >> 4
    fid = delta ? fid + delta : readZigZag(reader)
    value[`field_${fid}`] = readElement(reader, type)
  }

  return value
}

/**
 * Read a single element based on its type
 *
 * @param {DataReader} reader
 * @param {number} type
 * @returns {ThriftType}
 */
function readElement(reader, type) {
  switch (type) {
  case TRUE:
    return true
  case FALSE:
    return false
  case BYTE:
    return reader.view.getInt8(reader.offset++)
  case I16:
  case I32:
    return readZigZag(reader)
  case I64:
    return readZigZagBigInt(reader)
  case DOUBLE: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case BINARY: {
    const stringLength = readVarInt(reader)
    if (reader.offset + stringLength > reader.view.byteLength) {
      throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`)
    }
    const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength)
    reader.offset += stringLength
    return strBytes
  }
  case LIST: {
    const byte = reader.view.getUint8(reader.offset++)
    const elemType = byte & 0x0f
    let listSize = byte >> 4
    if (listSize === 15) {
      listSize = readVarInt(reader)
    }
    const boolType = elemType === TRUE || elemType === FALSE
    const values = new Array(listSize)
    for (let i = 0; i < listSize; i++) {
      values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType)
    }
    return values
  }
  case STRUCT:
    // main function handles struct parsing
    return deserializeTCompactProtocol(reader)
  default:
    // MAP, SET, UUID not used by parquet
    throw new Error(`thrift unhandled type: ${type}`)
  }
}

/**
 * Read varint aka Unsigned LEB128.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readVarInt(reader) {
  let result = 0
  let shift = 0
  while (true) {
    // Read groups of 7 low bits until high bit is 0
    const byte = reader.view.getUint8(reader.offset++)
    result |= (byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7
  }
}

/**
 * Read a varint as a bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readVarBigInt(reader) {
  let result = 0n
  let shift = 0n
  while (true) {
    const byte = reader.view.getUint8(reader.offset++)
    result |= BigInt(byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7n
  }
}

/**
 * Read a zigzag number.
 * Zigzag folds positive and negative numbers into the positive number space.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZag(reader) {
  const zigzag = readVarInt(reader)
  return zigzag >>> 1 ^ -(zigzag & 1)
}

/**
 * Read a zigzag bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader)
  return zigzag >> 1n ^ -(zigzag & 1n)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/geoparquet.js
/**
 * @param {SchemaElement[]} schema
 * @param {KeyValue[] | undefined} key_value_metadata
 * @returns {void}
 */
function markGeoColumns(schema, key_value_metadata) {
  // Prepare the list of GeoParquet columns
  /** @type {Map<string, LogicalType>} */
  const columns = new Map()
  const geo = key_value_metadata?.find(({ key }) => key === 'geo')?.value
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {}
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== 'WKB') continue

    const type = column.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY'
    const id = column.crs?.id ?? column.crs?.ids?.[0]
    const crs = id ? `${id.authority}:${id.code.toString()}` : undefined
    // Note: we can't infer GEOGRAPHY's algorithm from GeoParquet
    columns.set(name, { type, crs })
  }

  // Mark schema elements with logical type
  // Only look at root-level columns of type BYTE_ARRAY without existing logical_type
  for (let i = 1; i < schema.length; i++) { // skip root
    const { logical_type, name, num_children, type } = schema[i]
    if (num_children) {
      i += num_children
      continue // skip the element and its children
    }
    if (type === 'BYTE_ARRAY' && !logical_type) {
      schema[i].logical_type = columns.get(name)
    }
  }
}

/**
 * @import {KeyValue, LogicalType, SchemaElement} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/metadata.js






/**
 * @import {AsyncBuffer, FileMetaData, KeyValue, LogicalType, MetadataOptions, MinMaxType, ParquetParsers, SchemaElement, SchemaTree, Statistics, TimeUnit} from '../src/types.js'
 */

const metadata_defaultInitialFetchSize = 1 << 19 // 512kb

const metadata_decoder = new TextDecoder()
function decode(/** @type {Uint8Array} */ value) {
  return value && metadata_decoder.decode(value)
}

/**
 * Read parquet metadata from an async buffer.
 *
 * An AsyncBuffer is like an ArrayBuffer, but the slices are loaded
 * asynchronously, possibly over the network.
 *
 * You must provide the byteLength of the buffer, typically from a HEAD request.
 *
 * In theory, you could use suffix-range requests to fetch the end of the file,
 * and save a round trip. But in practice, this doesn't work because chrome
 * deems suffix-range requests as a not-safe-listed header, and will require
 * a pre-flight. So the byteLength is required.
 *
 * To make this efficient, we initially request the last 512kb of the file,
 * which is likely to contain the metadata. If the metadata length exceeds the
 * initial fetch, 512kb, we request the rest of the metadata from the AsyncBuffer.
 *
 * This ensures that we either make one 512kb initial request for the metadata,
 * or a second request for up to the metadata size.
 *
 * @param {AsyncBuffer} asyncBuffer parquet file contents
 * @param {MetadataOptions & { initialFetchSize?: number }} options initial fetch size in bytes (default 512kb)
 * @returns {Promise<FileMetaData>} parquet metadata object
 */
async function metadata_parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = metadata_defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer')

  // fetch last bytes (footer) of the file
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize)
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength)

  // Check for parquet magic number "PAR1"
  const footerView = new DataView(footerBuffer)
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true)
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`)
  }

  // check if metadata size fits inside the initial fetch
  if (metadataLength + 8 > initialFetchSize) {
    // fetch the rest of the metadata
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset)
    // combine initial fetch with the new slice
    const combinedBuffer = new ArrayBuffer(metadataLength + 8)
    const combinedView = new Uint8Array(combinedBuffer)
    combinedView.set(new Uint8Array(metadataBuffer))
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset)
    return parquetMetadata(combinedBuffer, { parsers, geoparquet })
  } else {
    // parse metadata from the footer
    return parquetMetadata(footerBuffer, { parsers, geoparquet })
  }
}

/**
 * Read parquet metadata from a buffer synchronously.
 *
 * @param {ArrayBuffer | Uint8Array} arrayBuffer parquet file footer
 * @param {MetadataOptions} options metadata parsing options
 * @returns {FileMetaData} parquet metadata object
 */
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer)
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength)
  } else {
    throw new Error('parquet expected ArrayBuffer or Uint8Array')
  }

  // Use default parsers if not given
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  // Validate footer magic number "PAR1"
  if (view.byteLength < 8) {
    throw new Error('parquet file is too short')
  }
  if (view.getUint32(view.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLengthOffset = view.byteLength - 8
  const metadataLength = view.getUint32(metadataLengthOffset, true)
  if (metadataLength > view.byteLength - 8) {
    // {metadata}, metadata_length, PAR1
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`)
  }

  const metadataOffset = metadataLengthOffset - metadataLength
  const reader = { view, offset: metadataOffset }
  const metadata = deserializeTCompactProtocol(reader)

  // Parse metadata from thrift data
  const version = metadata.field_1
  /** @type {SchemaElement[]} */
  const schema = metadata.field_2.map((/** @type {any} */ field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10),
  }))
  // schema element per column index
  const columnSchema = schema.filter(e => e.type)
  const num_rows = metadata.field_3
  const row_groups = metadata.field_4.map((/** @type {any} */ rowGroup) => ({
    columns: rowGroup.field_1.map((/** @type {any} */ column, /** @type {number} */ columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((/** @type {number} */ e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((/** @type {any} */ kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2),
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((/** @type {any} */ encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3,
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3,
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8,
          },
          geospatial_types: column.field_3.field_17.field_2,
        },
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9,
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((/** @type {any} */ sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3,
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7,
  }))
  /** @type {KeyValue[] | undefined} */
  const key_value_metadata = metadata.field_5?.map((/** @type {any} */ kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2),
  }))
  const created_by = decode(metadata.field_6)

  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata)
  }

  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength,
  }
}

/**
 * Return a tree of schema elements from parquet metadata.
 *
 * @param {{schema: SchemaElement[]}} metadata parquet metadata object
 * @returns {SchemaTree} tree of schema elements
 */
function metadata_parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0]
}

/**
 * @param {any} logicalType
 * @returns {LogicalType | undefined}
 */
function logicalType(logicalType) {
  if (logicalType?.field_1) return { type: 'STRING' }
  if (logicalType?.field_2) return { type: 'MAP' }
  if (logicalType?.field_3) return { type: 'LIST' }
  if (logicalType?.field_4) return { type: 'ENUM' }
  if (logicalType?.field_5) return {
    type: 'DECIMAL',
    scale: logicalType.field_5.field_1,
    precision: logicalType.field_5.field_2,
  }
  if (logicalType?.field_6) return { type: 'DATE' }
  if (logicalType?.field_7) return {
    type: 'TIME',
    isAdjustedToUTC: logicalType.field_7.field_1,
    unit: timeUnit(logicalType.field_7.field_2),
  }
  if (logicalType?.field_8) return {
    type: 'TIMESTAMP',
    isAdjustedToUTC: logicalType.field_8.field_1,
    unit: timeUnit(logicalType.field_8.field_2),
  }
  if (logicalType?.field_10) return {
    type: 'INTEGER',
    bitWidth: logicalType.field_10.field_1,
    isSigned: logicalType.field_10.field_2,
  }
  if (logicalType?.field_11) return { type: 'NULL' }
  if (logicalType?.field_12) return { type: 'JSON' }
  if (logicalType?.field_13) return { type: 'BSON' }
  if (logicalType?.field_14) return { type: 'UUID' }
  if (logicalType?.field_15) return { type: 'FLOAT16' }
  if (logicalType?.field_16) return {
    type: 'VARIANT',
    specification_version: logicalType.field_16.field_1,
  }
  if (logicalType?.field_17) return {
    type: 'GEOMETRY',
    crs: decode(logicalType.field_17.field_1),
  }
  if (logicalType?.field_18) return {
    type: 'GEOGRAPHY',
    crs: decode(logicalType.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType.field_18.field_2],
  }
  return logicalType
}

/**
 * @param {any} unit
 * @returns {TimeUnit}
 */
function timeUnit(unit) {
  if (unit.field_1) return 'MILLIS'
  if (unit.field_2) return 'MICROS'
  if (unit.field_3) return 'NANOS'
  throw new Error('parquet time unit required')
}

/**
 * Convert column statistics based on column type.
 *
 * @param {any} stats
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {Statistics}
 */
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

/**
 * @param {Uint8Array | undefined} value
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {MinMaxType | undefined}
 */
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema
  if (value === undefined) return value
  if (type === 'BOOLEAN') return value[0] === 1
  if (type === 'BYTE_ARRAY') return parsers.stringFromBytes(value)
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
  if (type === 'FLOAT' && view.byteLength === 4) return view.getFloat32(0, true)
  if (type === 'DOUBLE' && view.byteLength === 8) return view.getFloat64(0, true)
  if (type === 'INT32' && converted_type === 'DECIMAL' && view.byteLength === 4) {
    return view.getInt32(0, true) * 10 ** -(schema.scale || 0)
  }
  if (type === 'INT64' && converted_type === 'DECIMAL' && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0)
  }
  if (type === 'INT32' && converted_type === 'DATE') return parsers.dateFromDays(view.getInt32(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MILLIS') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'NANOS') return parsers.timestampFromNanoseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  const unsigned = converted_type?.startsWith('UINT_') ||
    logical_type?.type === 'INTEGER' && !logical_type.isSigned
  if (type === 'INT32' && unsigned && view.byteLength === 4) return view.getUint32(0, true)
  if (type === 'INT64' && unsigned && view.byteLength === 8) return view.getBigUint64(0, true)
  if (type === 'INT32' && view.byteLength === 4) return view.getInt32(0, true)
  if (type === 'INT64' && view.byteLength === 8) return view.getBigInt64(0, true)
  if (converted_type === 'DECIMAL') return parseDecimal(value) * 10 ** -(schema.scale || 0)
  if (logical_type?.type === 'FLOAT16') return parseFloat16(value)
  if (logical_type?.type === 'UUID') return parsers.uuidFromBytes(value)
  if (type === 'FIXED_LEN_BYTE_ARRAY') return value
  // assert(false)
  return value
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/xxhash.js
// XxHash64 (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md)
// Used by parquet bloom filters: hashes the PLAIN encoding of column values with seed 0.

const MASK = 0xffffffffffffffffn
const PRIME1 = 0x9e3779b185ebca87n
const PRIME2 = 0xc2b2ae3d27d4eb4fn
const PRIME3 = 0x165667b19e3779f9n
const PRIME4 = 0x85ebca77c2b2ae63n
const PRIME5 = 0x27d4eb2f165667c5n

/**
 * @param {bigint} x
 * @param {bigint} r rotation amount in bits (1..63)
 * @returns {bigint}
 */
function rotl64(x, r) {
  return (x << r | x >> 64n - r) & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function round(acc, val) {
  acc = acc + val * PRIME2 & MASK
  acc = rotl64(acc, 31n)
  return acc * PRIME1 & MASK
}

/**
 * @param {bigint} acc
 * @param {bigint} val
 * @returns {bigint}
 */
function mergeRound(acc, val) {
  acc ^= round(0n, val)
  return acc * PRIME1 + PRIME4 & MASK
}

/**
 * Compute the 64-bit xxHash of a byte buffer.
 *
 * @param {Uint8Array} input
 * @param {bigint} [seed]
 * @returns {bigint} 64-bit hash
 */
function xxhash64(input, seed = 0n) {
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  const len = input.byteLength
  let offset = 0
  let h64

  if (len >= 32) {
    let v1 = seed + PRIME1 + PRIME2 & MASK
    let v2 = seed + PRIME2 & MASK
    let v3 = seed
    let v4 = seed - PRIME1 & MASK

    while (offset + 32 <= len) {
      v1 = round(v1, view.getBigUint64(offset, true)); offset += 8
      v2 = round(v2, view.getBigUint64(offset, true)); offset += 8
      v3 = round(v3, view.getBigUint64(offset, true)); offset += 8
      v4 = round(v4, view.getBigUint64(offset, true)); offset += 8
    }

    h64 = rotl64(v1, 1n) + rotl64(v2, 7n) + rotl64(v3, 12n) + rotl64(v4, 18n) & MASK
    h64 = mergeRound(h64, v1)
    h64 = mergeRound(h64, v2)
    h64 = mergeRound(h64, v3)
    h64 = mergeRound(h64, v4)
  } else {
    h64 = seed + PRIME5 & MASK
  }

  h64 = h64 + BigInt(len) & MASK

  while (offset + 8 <= len) {
    h64 ^= round(0n, view.getBigUint64(offset, true))
    h64 = rotl64(h64, 27n) * PRIME1 + PRIME4 & MASK
    offset += 8
  }

  if (offset + 4 <= len) {
    h64 ^= BigInt(view.getUint32(offset, true)) * PRIME1 & MASK
    h64 = rotl64(h64, 23n) * PRIME2 + PRIME3 & MASK
    offset += 4
  }

  while (offset < len) {
    h64 ^= BigInt(view.getUint8(offset)) * PRIME5 & MASK
    h64 = rotl64(h64, 11n) * PRIME1 & MASK
    offset += 1
  }

  h64 ^= h64 >> 33n
  h64 = h64 * PRIME2 & MASK
  h64 ^= h64 >> 29n
  h64 = h64 * PRIME3 & MASK
  h64 ^= h64 >> 32n
  return h64
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/bloom.js
// Split Block Bloom Filter (https://github.com/apache/parquet-format/blob/master/BloomFilter.md)
// A bloom filter is a sequence of 32-byte blocks. Each block holds 8 little-endian uint32 words.
// Insertion sets one bit per word, chosen by salting the low 32 bits of an xxhash64.
// Membership requires all 8 bits to be set; misses are exact, hits are probabilistic.




/**
 * @import {BloomFilter, DataReader, ParquetQueryFilter, SchemaElement} from '../src/types.js'
 */

const textEncoder = new TextEncoder()

const SALT = new Uint32Array([
  0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d,
  0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31,
])

/**
 * Map the high 32 bits of a hash to a block index in [0, numBlocks).
 *
 * @param {bigint} hash
 * @param {number} numBlocks
 * @returns {number}
 */
function blockIndex(hash, numBlocks) {
  return Number((hash >> 32n) * BigInt(numBlocks) >> 32n)
}

/**
 * Per-block mask: 8 uint32 words, each with a single bit set at position `(low32 * SALT[i]) >> 27`.
 *
 * @param {bigint} hash
 * @returns {Uint32Array}
 */
function blockMask(hash) {
  const m = new Uint32Array(8)
  const low = Number(hash & 0xffffffffn) | 0
  for (let i = 0; i < 8; i++) {
    m[i] = 1 << (Math.imul(low, SALT[i]) >>> 27)
  }
  return m
}

/**
 * Insert a hash into a Split Block Bloom Filter.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 */
function sbbfInsert(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    blocks[offset + i] |= m[i]
  }
}

/**
 * Test whether a hash might be present in a Split Block Bloom Filter.
 * False positives are possible; false negatives are not.
 *
 * @param {Uint32Array} blocks bloom filter words (8 * numBlocks long)
 * @param {bigint} hash 64-bit xxhash of the parquet-plain-encoded value
 * @returns {boolean}
 */
function sbbfContains(blocks, hash) {
  const offset = blockIndex(hash, blocks.length >> 3) << 3
  const m = blockMask(hash)
  for (let i = 0; i < 8; i++) {
    if ((blocks[offset + i] & m[i]) === 0) return false
  }
  return true
}

/**
 * Parse a Split Block Bloom Filter from a reader positioned at the BloomFilterHeader.
 * Returns undefined when the header advertises an unsupported algorithm, hash, or
 * compression — callers should treat that as "cannot use this bloom filter."
 *
 * @param {DataReader} reader
 * @returns {BloomFilter | undefined}
 */
function readBloomFilter(reader) {
  const header = deserializeTCompactProtocol(reader)
  const numBytes = header.field_1
  if (typeof numBytes !== 'number' || numBytes <= 0 || numBytes % 32 !== 0) return undefined
  // BloomFilterAlgorithm / Hash / Compression are unions with a single supported variant each.
  if (!header.field_2?.field_1) return undefined // algorithm must be BLOCK
  if (!header.field_3?.field_1) return undefined // hash must be XXHASH
  if (!header.field_4?.field_1) return undefined // compression must be UNCOMPRESSED

  const { view, offset } = reader
  if (offset + numBytes > view.byteLength) {
    throw new Error(`parquet bloom filter truncated: need ${numBytes} bytes, have ${view.byteLength - offset}`)
  }
  // Reader offset is not 4-aligned in general, and we want endian-portable reads.
  const blocks = new Uint32Array(numBytes >> 2)
  for (let i = 0; i < blocks.length; i++) {
    blocks[i] = view.getUint32(offset + i * 4, true)
  }
  reader.offset = offset + numBytes
  return { numBytes, blocks }
}

/**
 * Hash a JS filter value as its parquet PLAIN-encoded bytes, suitable for a
 * bloom filter lookup. Returns undefined when the column's parser is lossy or
 * ambiguous (DATE, TIMESTAMP_*, DECIMAL, JSON, BSON, INT96, FLOAT16, UUID,
 * GEOMETRY, GEOGRAPHY, INTERVAL) or when the JS value type doesn't match the
 * column. Callers must treat undefined as "bloom filter cannot help."
 *
 * @param {any} value
 * @param {SchemaElement} element
 * @returns {bigint | undefined}
 */
function hashParquetValue(value, element) {
  if (value === null || value === undefined) return undefined
  const { type, converted_type, logical_type } = element

  if (type === 'BOOLEAN') {
    if (typeof value !== 'boolean') return undefined
    return xxhash64(new Uint8Array([value ? 1 : 0]))
  }

  if (type === 'FLOAT') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setFloat32(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'DOUBLE') {
    if (typeof value !== 'number') return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setFloat64(0, value, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT32') {
    if (converted_type === 'DATE' || converted_type === 'DECIMAL' || converted_type === 'TIME_MILLIS') return undefined
    if (logical_type?.type === 'DATE' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    if (typeof value !== 'number' || !Number.isInteger(value)) return undefined
    const buf = new ArrayBuffer(4)
    new DataView(buf).setInt32(0, value | 0, true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'INT64') {
    if (converted_type === 'TIMESTAMP_MILLIS' || converted_type === 'TIMESTAMP_MICROS') return undefined
    if (converted_type === 'TIME_MICROS' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'TIMESTAMP' || logical_type?.type === 'TIME' || logical_type?.type === 'DECIMAL') return undefined
    let bigValue
    if (typeof value === 'bigint') bigValue = value
    else if (typeof value === 'number' && Number.isSafeInteger(value)) bigValue = BigInt(value)
    else return undefined
    const buf = new ArrayBuffer(8)
    new DataView(buf).setBigUint64(0, BigInt.asUintN(64, bigValue), true)
    return xxhash64(new Uint8Array(buf))
  }

  if (type === 'BYTE_ARRAY') {
    if (converted_type === 'JSON' || converted_type === 'BSON' || converted_type === 'DECIMAL') return undefined
    if (logical_type?.type === 'JSON' || logical_type?.type === 'BSON' || logical_type?.type === 'VARIANT') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (typeof value === 'string') return xxhash64(textEncoder.encode(value))
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (converted_type === 'DECIMAL' || converted_type === 'INTERVAL') return undefined
    if (logical_type?.type === 'DECIMAL' || logical_type?.type === 'UUID' || logical_type?.type === 'FLOAT16') return undefined
    if (logical_type?.type === 'GEOMETRY' || logical_type?.type === 'GEOGRAPHY') return undefined
    if (value instanceof Uint8Array) return xxhash64(value)
    return undefined
  }

  // INT96 deprecated, or type missing on group columns
  return undefined
}

/**
 * Top-level column names that appear in $eq or $in predicates within a filter.
 * These are the only columns where a bloom filter can prove a value's absence
 * and let us skip a row group; any other operator can't be helped by a bloom.
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @returns {Set<string>}
 */
function bloomEligibleColumns(filter) {
  /** @type {Set<string>} */
  const out = new Set()
  walkBloomEligible(filter, out)
  return out
}

/**
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Set<string>} out
 */
function walkBloomEligible(filter, out) {
  if (!filter) return
  if ('$and' in filter && Array.isArray(filter.$and)) {
    for (const sub of filter.$and) walkBloomEligible(sub, out)
    return
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    for (const sub of filter.$or) walkBloomEligible(sub, out)
    return
  }
  // $nor would need to prove presence, not absence — bloom can't help.
  if ('$nor' in filter) return
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$')) continue
    if (typeof condition === 'object' && condition !== null && !Array.isArray(condition)) {
      if ('$eq' in condition || '$in' in condition) out.add(field)
    } else {
      // primitive / null / array condition is an implicit $eq
      out.add(field)
    }
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/utils.js
/**
 * @import {AsyncBuffer, Awaitable, DecodedArray} from '../src/types.js'
 */



/**
 * Replace bigint, date, etc with legal JSON types.
 *
 * @param {any} obj object to convert
 * @returns {unknown} converted object
 */
function toJson(obj) {
  if (obj === undefined) return null
  if (typeof obj === 'bigint') return Number(obj)
  if (Object.is(obj, -0)) return 0
  if (Array.isArray(obj)) return obj.map(toJson)
  if (obj instanceof Uint8Array) return Array.from(obj)
  if (obj instanceof Date) return obj.toISOString()
  if (obj instanceof Object) {
    /** @type {Record<string, unknown>} */
    const newObj = {}
    for (const key of Object.keys(obj)) {
      if (obj[key] === undefined) continue
      newObj[key] = toJson(obj[key])
    }
    return newObj
  }
  return obj
}

/**
 * Concatenate two arrays fast.
 *
 * @param {any[]} aaa
 * @param {DecodedArray} bbb
 */
function utils_concat(aaa, bbb) {
  const chunk = 10000
  for (let i = 0; i < bbb.length; i += chunk) {
    aaa.push(...bbb.slice(i, i + chunk))
  }
}

/**
 * Deep equality.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function equals(a, b, strict = true) {
  // eslint-disable-next-line eqeqeq
  if (strict ? a === b : a == b) return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false

  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false
    }
    return true
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) {
      if (!equals(a[i], b[i], strict)) return false
    }
    return true
  }

  const aKeys = Object.keys(a)
  if (aKeys.length !== Object.keys(b).length) return false
  for (const k of aKeys) {
    if (!equals(a[k], b[k], strict)) return false
  }
  return true
}

/**
 * Get the byte length using fetch with a ranged GET request.
 * Aborts the request if server returns 200 instead of 206.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [fetchFn] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrlUsingGet(url, requestInit = {}, fetchFn = globalThis.fetch) {
  const controller = new AbortController()
  const headers = new Headers(requestInit.headers)
  headers.set('Range', 'bytes=0-0')

  const res = await fetchFn(url, {
    ...requestInit,
    headers,
    signal: controller.signal,
  })

  if (!res.ok) throw new Error(`fetch with range failed ${res.status}`)

  // Server supports Range requests (206 Partial Content)
  if (res.status === 206) {
    const contentRange = res.headers.get('Content-Range')
    if (!contentRange) throw new Error('missing content-range header')

    // Parse "bytes 0-0/9446073" to get total length
    const match = contentRange.match(/bytes \d+-\d+\/(\d+)/)
    if (!match) throw new Error(`invalid content-range header: ${contentRange}`)

    return parseInt(match[1])
  }

  // Server ignored Range and returned 200 - get Content-Length and abort request
  if (res.status === 200) {
    const contentLength = res.headers.get('Content-Length')

    // Abort the request to stop any ongoing download
    controller.abort()

    if (contentLength) return parseInt(contentLength)
  }

  throw new Error('server does not support range requests and missing content-length')
}

/**
 * Get the byte length of a URL using a HEAD request.
 * If HEAD fails with 403 (e.g., with signed S3 URLs), falls back to a ranged GET request.
 * If HEAD succeeds but Content-Length is missing, falls back to GET with range.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {string} url
 * @param {RequestInit} [requestInit] fetch options
 * @param {typeof globalThis.fetch} [customFetch] fetch function to use
 * @returns {Promise<number>}
 */
async function byteLengthFromUrl(url, requestInit, customFetch) {
  const fetch = customFetch ?? globalThis.fetch
  const res = await fetch(url, { ...requestInit, method: 'HEAD' })

  // If HEAD request is forbidden (common with signed S3 URLs), try GET with range
  if (res.status === 403) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }

  if (!res.ok) throw new Error(`fetch head failed ${res.status}`)
  const length = res.headers.get('Content-Length')
  // If Content-Length is missing from HEAD, fallback to GET with range
  if (!length) {
    return byteLengthFromUrlUsingGet(url, requestInit, fetch)
  }
  return parseInt(length)
}

/**
 * Construct an AsyncBuffer for a URL.
 * If byteLength is not provided, will make a HEAD request to get the file size.
 * If fetch is provided, it will be used instead of the global fetch.
 * If requestInit is provided, it will be passed to fetch.
 *
 * @param {object} options
 * @param {string} options.url
 * @param {number} [options.byteLength]
 * @param {typeof globalThis.fetch} [options.fetch] fetch function to use
 * @param {RequestInit} [options.requestInit]
 * @returns {Promise<AsyncBuffer>}
 */
async function asyncBufferFromUrl({ url, byteLength, requestInit, fetch: customFetch }) {
  if (!url) throw new Error('missing url')
  const fetch = customFetch ?? globalThis.fetch
  // byte length from HEAD request
  byteLength ??= await byteLengthFromUrl(url, requestInit, fetch)

  /**
   * A promise for the whole buffer, if range requests are not supported.
   * @type {Promise<ArrayBuffer>|undefined}
   */
  let buffer = undefined
  const init = requestInit || {}

  return {
    byteLength,
    async slice(start, end) {
      if (buffer) {
        return buffer.then(buffer => buffer.slice(start, end))
      }

      const headers = new Headers(init.headers)
      const endStr = end === undefined ? '' : end - 1
      headers.set('Range', `bytes=${start}-${endStr}`)

      const res = await fetch(url, { ...init, headers })
      if (!res.ok || !res.body) throw new Error(`fetch failed ${res.status}`)

      if (res.status === 200) {
        // Endpoint does not support range requests and returned the whole object
        buffer = res.arrayBuffer()
        return buffer.then(buffer => buffer.slice(start, end))
      } else if (res.status === 206) {
        // The endpoint supports range requests and sent us the requested range
        return res.arrayBuffer()
      } else {
        throw new Error(`fetch received unexpected status code ${res.status}`)
      }
    },
  }
}

/**
 * Returns a cached layer on top of an AsyncBuffer. For caching slices of a file
 * that are read multiple times, possibly over a network.
 *
 * @param {AsyncBuffer} file file-like object to cache
 * @param {{ minSize?: number }} [options]
 * @returns {AsyncBuffer} cached file-like object
 */
function cachedAsyncBuffer({ byteLength, slice }, { minSize = defaultInitialFetchSize } = {}) {
  if (byteLength < minSize) {
    // Cache whole file if it's small
    const buffer = slice(0, byteLength)
    return {
      byteLength,
      async slice(start, end) {
        return (await buffer).slice(start, end)
      },
    }
  }
  const cache = new Map()
  return {
    byteLength,
    /**
     * @param {number} start
     * @param {number} [end]
     * @returns {Awaitable<ArrayBuffer>}
     */
    slice(start, end) {
      const key = cacheKey(start, end, byteLength)
      const cached = cache.get(key)
      if (cached) return cached
      // cache miss, read from file
      const promise = slice(start, end)
      cache.set(key, promise)
      return promise
    },
  }
}


/**
 * Returns canonical cache key for a byte range 'start,end'.
 * Normalize int-range and suffix-range requests to the same key.
 *
 * @param {number} start start byte of range
 * @param {number} [end] end byte of range, or undefined for suffix range
 * @param {number} [size] size of file, or undefined for suffix range
 * @returns {string}
 */
function cacheKey(start, end, size) {
  if (start < 0) {
    if (end !== undefined) throw new Error(`invalid suffix range [${start}, ${end}]`)
    if (size === undefined) return `${start},`
    return `${size + start},${size}`
  } else if (end !== undefined) {
    if (start > end) throw new Error(`invalid empty range [${start}, ${end}]`)
    return `${start},${end}`
  } else if (size === undefined) {
    return `${start},`
  } else {
    return `${start},${size}`
  }
}

/**
 * Flatten a list of lists into a single list.
 *
 * @param {DecodedArray[]} [chunks]
 * @returns {DecodedArray}
 */
function utils_flatten(chunks) {
  if (!chunks) return []
  if (chunks.length === 1) return chunks[0]
  /** @type {any[]} */
  const output = []
  for (const chunk of chunks) {
    utils_concat(output, chunk)
  }
  return output
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/filter.js
/**
 * @import {BloomFilter, ColumnPageStats, PageRanges, ParquetQueryFilter, RowGroup, SchemaElement} from '../src/types.js'
 */




const encoder = new TextEncoder()

/**
 * Returns the physical leaf paths referenced by a filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function pathsNeededForFilter(filter) {
  if (!filter) return []
  /** @type {string[]} */
  const paths = []
  if ('$and' in filter && Array.isArray(filter.$and)) {
    paths.push(...filter.$and.flatMap(pathsNeededForFilter))
  } else if ('$or' in filter && Array.isArray(filter.$or)) {
    paths.push(...filter.$or.flatMap(pathsNeededForFilter))
  } else if ('$nor' in filter && Array.isArray(filter.$nor)) {
    paths.push(...filter.$nor.flatMap(pathsNeededForFilter))
  } else {
    paths.push(...Object.keys(filter))
  }
  return [...new Set(paths)]
}

/**
 * Returns an array of top-level column names needed to evaluate the filter.
 *
 * @param {ParquetQueryFilter} [filter]
 * @returns {string[]}
 */
function filter_columnsNeededForFilter(filter) {
  return [...new Set(pathsNeededForFilter(filter).map(path => path.split('.')[0]))]
}

/**
 * Match a record against a query filter
 *
 * @param {Record<string, any>} record
 * @param {ParquetQueryFilter} filter
 * @param {boolean} [strict]
 * @returns {boolean}
 */
function matchFilter(record, filter, strict = true) {
  if ('$and' in filter && Array.isArray(filter.$and)) {
    return filter.$and.every(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    return filter.$or.some(subQuery => matchFilter(record, subQuery, strict))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    return !filter.$nor.some(subQuery => matchFilter(record, subQuery, strict))
  }

  return Object.entries(filter).every(([field, condition]) => {
    const value = resolve(record, field)

    // implicit $eq for non-object conditions
    if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) {
      return equals(value, condition, strict)
    }

    return Object.entries(condition || {}).every(([operator, target]) => {
      if (operator === '$gt') return value !== null && value !== undefined && value > target
      if (operator === '$gte') return value !== null && value !== undefined && value >= target
      if (operator === '$lt') return value !== null && value !== undefined && value < target
      if (operator === '$lte') return value !== null && value !== undefined && value <= target
      if (operator === '$eq') return equals(value, target, strict)
      if (operator === '$ne') return !equals(value, target, strict)
      if (operator === '$in') return Array.isArray(target) && matchesIn(value, target, strict)
      if (operator === '$nin') return Array.isArray(target) && !matchesIn(value, target, strict)
      // value is already resolved, so re-wrap it under a plain key. Reusing
      // field would send a dotted path back through resolve and lose the value.
      if (operator === '$not') return !matchFilter({ value }, { value: target }, strict)
      return true
    })
  })
}

/**
 * Match a value or one of its immediate array elements against a list.
 *
 * @param {any} value
 * @param {any[]} targets
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesIn(value, targets, strict) {
  return targets.some(target =>
    equals(value, target, strict) ||
    Array.isArray(value) && value.some(element => equals(element, target, strict)))
}

/**
 * Check if a row group can be skipped based on filter and column statistics,
 * optionally consulting per-column bloom filters for equality predicates that
 * statistics can't decide.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {string[]} options.physicalColumns
 * @param {ParquetQueryFilter | undefined} options.filter
 * @param {boolean} [options.strict]
 * @param {Record<string, BloomFilter>} [options.bloomFilters] keyed by filter path
 * @param {Record<string, SchemaElement>} [options.schemaElements] keyed by physical leaf path
 * @returns {boolean} true if the row group can be skipped
 */
function canSkipRowGroup({ rowGroup, physicalColumns, filter, strict = true, bloomFilters, schemaElements }) {
  if (!filter) return false

  // Handle logical operators
  if ('$and' in filter && Array.isArray(filter.$and)) {
    // For AND, we can skip if ANY condition allows skipping
    return filter.$and.some(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    // For OR, we can skip only if ALL conditions allow skipping
    return filter.$or.every(subFilter => canSkipRowGroup({ rowGroup, physicalColumns, filter: subFilter, strict, bloomFilters, schemaElements }))
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // For NOR, we can skip if none of the conditions allow skipping
    // This is complex, so we'll be conservative and not skip
    return false
  }

  // Check column filters
  for (const [field, condition] of Object.entries(filter)) {
    // Find the column chunk for this field
    const columnIndex = physicalColumns.indexOf(field)
    if (columnIndex === -1) continue

    const stats = rowGroup.columns[columnIndex].meta_data?.statistics
    const { min, max, min_value, max_value, null_count: nullCount } = stats || {}
    const minVal = min_value !== undefined ? min_value : min
    const maxVal = max_value !== undefined ? max_value : max
    const haveStats = minVal !== undefined && maxVal !== undefined

    const bloom = bloomFilters?.[field]
    const element = schemaElements?.[field]
    const matchingNulls = matchFilter({ value: null }, { value: condition }, strict) &&
      (nullCount === undefined || nullCount > 0)

    if (haveStats && !matchingNulls && canSkipStats(condition, minVal, maxVal, strict, element)) {
      return true
    }

    // Handle operators
    for (const [operator, target] of Object.entries(condition || {})) {
      // Bloom-filter skipping for equality predicates (proves absence, never presence)
      if (bloom && element) {
        if (operator === '$eq') {
          const hash = hashParquetValue(target, element)
          if (hash !== undefined && !sbbfContains(bloom.blocks, hash)) return true
        }
        if (operator === '$in' && Array.isArray(target) && target.length > 0) {
          let allAbsent = true
          for (const v of target) {
            const h = hashParquetValue(v, element)
            if (h === undefined || sbbfContains(bloom.blocks, h)) {
              allAbsent = false
              break
            }
          }
          if (allAbsent) return true
        }
      }
    }
  }

  return false
}

/**
 * Check if a page value range [minVal, maxVal] provably contains no value
 * matching the operator conditions.
 *
 * @param {any} condition operator object like { $gt: 5 }
 * @param {any} minVal lower bound (may be truncated, still a valid bound)
 * @param {any} maxVal upper bound (may be truncated, still a valid bound)
 * @param {boolean} strict
 * @param {SchemaElement} [element] physical schema element for the bounds
 * @returns {boolean} true if no value in the range can match
 */
function canSkipStats(condition, minVal, maxVal, strict, element) {
  if (minVal === undefined || maxVal === undefined) return false
  const mayContainNaN = element?.type === 'FLOAT' || element?.type === 'DOUBLE' || element?.logical_type?.type === 'FLOAT16'
  for (const [operator, target] of Object.entries(condition || {})) {
    const minComparison = compareParquetValues(minVal, target, strict, element)
    const maxComparison = compareParquetValues(maxVal, target, strict, element)
    // Row filtering uses JavaScript relational operators. For non-ASCII
    // strings their UTF-16 order can differ from Parquet's UTF-8 index order,
    // and binary values are string-coerced rather than byte-compared, so those
    // min/max bounds cannot safely prove a relational predicate impossible.
    const binaryBounds = minVal instanceof Uint8Array || maxVal instanceof Uint8Array
    const relationalBoundsAreSafe = !binaryBounds && (element?.type !== 'BYTE_ARRAY' ||
      typeof target === 'string' && [...target].every(character => character.charCodeAt(0) <= 0x7f))
    if (operator === '$gt' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison <= 0) return true
    if (operator === '$gte' && relationalBoundsAreSafe && maxComparison !== undefined && maxComparison < 0) return true
    if (operator === '$lt' && relationalBoundsAreSafe && minComparison !== undefined && minComparison >= 0) return true
    if (operator === '$lte' && relationalBoundsAreSafe && minComparison !== undefined && minComparison > 0) return true
    if (operator === '$eq') {
      const targetMinComparison = compareParquetValues(target, minVal, strict, element)
      const targetMaxComparison = compareParquetValues(target, maxVal, strict, element)
      if (targetMinComparison !== undefined && targetMinComparison < 0 ||
          targetMaxComparison !== undefined && targetMaxComparison > 0) return true
    }
    if (operator === '$ne' && !mayContainNaN && equals(minVal, maxVal, strict) && equals(minVal, target, strict)) return true
    if (operator === '$in' && Array.isArray(target) && target.every(value => {
      const valueMinComparison = compareParquetValues(value, minVal, strict, element)
      const valueMaxComparison = compareParquetValues(value, maxVal, strict, element)
      return valueMinComparison !== undefined && valueMinComparison < 0 ||
        valueMaxComparison !== undefined && valueMaxComparison > 0
    })) return true
    if (operator === '$nin' && !mayContainNaN && Array.isArray(target) && equals(minVal, maxVal, strict) && target.some(value => equals(minVal, value, strict))) return true
  }
  return false
}

/**
 * Compare values using Parquet's unsigned lexicographic ordering for binary
 * values. Returns undefined when values do not have a safely comparable order.
 *
 * @param {any} a
 * @param {any} b
 * @param {boolean} strict
 * @param {SchemaElement} [element]
 * @returns {-1 | 0 | 1 | undefined}
 */
function compareParquetValues(a, b, strict, element) {
  // BYTE_ARRAY values are decoded as UTF-8 strings by the default parser even
  // without an explicit UTF8/STRING annotation.
  if (element?.type === 'BYTE_ARRAY') {
    if (typeof a !== 'string' || typeof b !== 'string') return undefined
    return compareBytes(encoder.encode(a), encoder.encode(b))
  }
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array)) return undefined
    return compareBytes(a, b)
  }
  if (a < b) return -1
  if (a > b) return 1
  if (equals(a, b, strict)) return 0
  return undefined
}

/**
 * @param {Uint8Array} a
 * @param {Uint8Array} b
 * @returns {-1 | 0 | 1}
 */
function compareBytes(a, b) {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] < b[i]) return -1
    if (a[i] > b[i]) return 1
  }
  if (a.length < b.length) return -1
  if (a.length > b.length) return 1
  return 0
}

/**
 * Check whether the filter condition accepts a null value.
 *
 * @param {any} condition
 * @param {boolean} strict
 * @returns {boolean}
 */
function matchesNull(condition, strict) {
  return matchFilter({ value: null }, { value: condition }, strict)
}

/**
 * Compute candidate row ranges within a row group that could match the filter,
 * based on per-page column index statistics.
 *
 * Returns sorted disjoint [start, end) row ranges relative to the group.
 * An empty array means the filter provably matches no rows in the group.
 * Returns undefined when the page statistics give no pruning information
 * (the caller must read the whole selection).
 *
 * @param {ParquetQueryFilter | undefined} filter
 * @param {Record<string, ColumnPageStats>} columnPages keyed by physical leaf path
 * @param {number} groupRows number of rows in the row group
 * @param {boolean} [strict]
 * @returns {PageRanges | undefined}
 */
function filterPageRanges(filter, columnPages, groupRows, strict = true) {
  if (!filter) return undefined
  if ('$and' in filter && Array.isArray(filter.$and)) {
    /** @type {PageRanges | undefined} */
    let ranges
    for (const subFilter of filter.$and) {
      ranges = intersectRanges(ranges, filterPageRanges(subFilter, columnPages, groupRows, strict))
    }
    return ranges
  }
  if ('$or' in filter && Array.isArray(filter.$or)) {
    /** @type {PageRanges} */
    let ranges = []
    for (const subFilter of filter.$or) {
      const subRanges = filterPageRanges(subFilter, columnPages, groupRows, strict)
      // any un-prunable branch could match anywhere
      if (!subRanges) return undefined
      ranges = unionRanges(ranges, subRanges)
    }
    return ranges
  }
  if ('$nor' in filter && Array.isArray(filter.$nor)) {
    // Conservative: negations cannot be pruned by min/max bounds
    return undefined
  }

  // Column conditions: all fields must match, so intersect their ranges
  /** @type {PageRanges | undefined} */
  let result
  for (const [field, condition] of Object.entries(filter)) {
    const pages = columnPages[field]
    if (!pages) continue
    const nullCanMatch = matchesNull(condition, strict)
    /** @type {PageRanges} */
    const keep = []
    for (let i = 0; i < pages.pageStarts.length; i++) {
      const start = pages.pageStarts[i]
      const end = i + 1 < pages.pageStarts.length ? pages.pageStarts[i + 1] : groupRows
      const nullCount = pages.nullCounts?.[i]
      // Keep pages with matching nulls, including pages whose null presence is
      // unknown because the optional null_counts index field was omitted.
      const matchingNulls = nullCanMatch && (nullCount === undefined || nullCount > 0)
      const skip = !pages.nullPages[i] && !matchingNulls &&
        canSkipStats(condition, pages.minValues[i], pages.maxValues[i], strict, pages.element)
      if (!skip) {
        const last = keep[keep.length - 1]
        if (last && last[1] === start) last[1] = end
        else keep.push([start, end])
      }
    }
    result = intersectRanges(result, keep)
  }
  return result
}

/**
 * Intersect two sets of sorted disjoint ranges. Undefined means "everything".
 *
 * @param {PageRanges | undefined} a
 * @param {PageRanges | undefined} b
 * @returns {PageRanges | undefined}
 */
function intersectRanges(a, b) {
  if (!a) return b
  if (!b) return a
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0])
    const end = Math.min(a[i][1], b[j][1])
    if (start < end) out.push([start, end])
    if (a[i][1] < b[j][1]) i++
    else j++
  }
  return out
}

/**
 * Union two sets of sorted disjoint ranges.
 *
 * @param {PageRanges} a
 * @param {PageRanges} b
 * @returns {PageRanges}
 */
function unionRanges(a, b) {
  /** @type {PageRanges} */
  const out = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const next = j >= b.length || i < a.length && a[i][0] <= b[j][0] ? a[i++] : b[j++]
    const last = out[out.length - 1]
    if (last && next[0] <= last[1]) last[1] = Math.max(last[1], next[1])
    else out.push([next[0], next[1]])
  }
  return out
}

/**
 * Resolve a dot-notation path to a value in a nested object.
 *
 * @param {Record<string, any>} record
 * @param {string} path
 * @returns {any}
 */
function resolve(record, path) {
  let value = record
  for (const part of path.split('.')) {
    value = value?.[part]
  }
  return value
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/variant.js


/**
 * @import {DataReader, ParquetParsers, VariantMetadata} from '../src/types.js'
 */

const variant_decoder = new TextDecoder()
/** @type {WeakMap<object, Map<string, VariantMetadata>>} */
const metadataCache = new WeakMap()

/**
 * Recursively decode variant structs into native values.
 *
 * @param {any} value
 * @param {ParquetParsers} [parsers]
 * @returns {any}
 */
function decodeVariantColumn(value, parsers = DEFAULT_PARSERS) {
  if (Array.isArray(value)) {
    return value.map(entry => decodeVariantColumn(entry, parsers))
  }
  if (typeof value !== 'object') return value

  if ('metadata' in value) {
    const metadata = parseVariantMetadata(value.metadata)

    // Decode shredded fields from typed_value
    const shreddedFields = value.typed_value && decodeTypedValue(value.typed_value, metadata, parsers)

    // Decode binary value (may contain additional fields for partially shredded objects)
    const binaryValue = value.value && readVariant(makeReader(value.value), metadata, parsers)

    // Merge shredded and binary values for partially shredded objects
    if (shreddedFields && binaryValue) {
      return { ...binaryValue, ...shreddedFields }
    }
    return shreddedFields ?? binaryValue
  }

  return value
}

/**
 * Decode a shredded variant typed_value field.
 *
 * @param {any} typedValue
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function decodeTypedValue(typedValue, metadata, parsers) {
  if (typedValue instanceof Date) return typedValue

  // Handle {typed_value, value} wrapper - unwrap and recurse
  if (typedValue && typeof typedValue === 'object' && !Array.isArray(typedValue) && !(typedValue instanceof Uint8Array)) {
    if ('typed_value' in typedValue && typedValue.typed_value !== null && typedValue.typed_value !== undefined) {
      return decodeTypedValue(typedValue.typed_value, metadata, parsers)
    }
    if ('value' in typedValue && typedValue.value instanceof Uint8Array) {
      return readVariant(makeReader(typedValue.value), metadata, parsers)
    }
    if ('typed_value' in typedValue || 'value' in typedValue) {
      // both null/missing → field is null
      return null
    }
    // Shredded object: each field value gets decoded
    /** @type {Record<string, any>} */
    const result = {}
    for (const [key, field] of Object.entries(typedValue)) {
      if (!metadata.dictionary.includes(key)) continue
      result[key] = decodeTypedValue(field, metadata, parsers)
    }
    return result
  }

  // Uint8Array: decode as binary variant
  if (typedValue instanceof Uint8Array) {
    return readVariant(makeReader(typedValue), metadata, parsers)
  }

  // Arrays
  if (Array.isArray(typedValue)) {
    return typedValue.map(element => decodeTypedValue(element, metadata, parsers))
  }

  return typedValue
}

/**
 * @param {Uint8Array} bytes
 * @returns {DataReader}
 */
function makeReader(bytes) {
  return { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }
}

/**
 * Parse and cache variant metadata dictionary.
 *
 * @param {Uint8Array} bytes
 * @returns {VariantMetadata}
 */
function parseVariantMetadata(bytes) {
  let bufferCache = metadataCache.get(bytes.buffer)
  if (!bufferCache) {
    bufferCache = new Map()
    metadataCache.set(bytes.buffer, bufferCache)
  }
  const key = `${bytes.byteOffset}:${bytes.byteLength}`
  const cached = bufferCache.get(key)
  if (cached) return cached

  const reader = makeReader(bytes)
  const header = reader.view.getUint8(reader.offset++)
  const version = header & 0x0f
  if (version !== 1) throw new Error(`parquet unsupported variant metadata version: ${version}`)
  const sorted = (header >> 4 & 0x1) === 1
  const offsetSize = (header >> 6 & 0x3) + 1

  const dictionarySize = readUnsigned(reader, offsetSize)

  const offsets = new Array(dictionarySize + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetSize)
  }

  const base = reader.offset
  const dictionary = new Array(dictionarySize)
  for (let i = 0; i < dictionarySize; i++) {
    const start = offsets[i]
    const end = offsets[i + 1]
    const strBytes = new Uint8Array(bytes.buffer, bytes.byteOffset + base + start, end - start)
    dictionary[i] = variant_decoder.decode(strBytes)
  }

  const metadata = { dictionary, sorted }
  bufferCache.set(key, metadata)
  return metadata
}

/**
 * @param {DataReader} reader
 * @param {number} byteWidth
 * @returns {number}
 */
function readUnsigned(reader, byteWidth) {
  let value = 0
  for (let i = 0; i < byteWidth; i++) {
    value |= reader.view.getUint8(reader.offset + i) << i * 8
  }
  reader.offset += byteWidth
  return value
}

/**
 * @param {DataReader} reader
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariant(reader, metadata, parsers) {
  const typeByte = reader.view.getUint8(reader.offset++)
  const basicType = typeByte & 0x3
  const header = typeByte >> 2
  if (basicType === 0) return readVariantPrimitive(reader, header, parsers)
  if (basicType === 2) return readVariantObject(reader, header, metadata, parsers)
  if (basicType === 3) return readVariantArray(reader, header, metadata, parsers)
  // else short string
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, header)
  reader.offset += header
  return variant_decoder.decode(bytes)
}

/**
 * @param {DataReader} reader
 * @param {number} typeId
 * @param {ParquetParsers} parsers
 * @returns {any}
 */
function readVariantPrimitive(reader, typeId, parsers) {
  switch (typeId) {
  case 0: return null
  case 1: return true
  case 2: return false
  case 3: {
    const value = reader.view.getInt8(reader.offset)
    reader.offset += 1
    return value
  }
  case 4: {
    const value = reader.view.getInt16(reader.offset, true)
    reader.offset += 2
    return value
  }
  case 5: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 6: {
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 7: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 8:
    return readVariantDecimal(reader, 4)
  case 9:
    return readVariantDecimal(reader, 8)
  case 10:
    return readVariantDecimal(reader, 16)
  case 11: {
    const value = reader.view.getInt32(reader.offset, true)
    reader.offset += 4
    return parsers.dateFromDays(value)
  }
  case 12: // timestamp_micros (utc)
  case 13: { // timestamp_micros_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromMicroseconds(value)
  }
  case 14: {
    const value = reader.view.getFloat32(reader.offset, true)
    reader.offset += 4
    return value
  }
  case 15:
    return readVariantBinary(reader)
  case 16: {
    const bytes = readVariantBinary(reader)
    return variant_decoder.decode(bytes)
  }
  case 17: {
    // time: microseconds since midnight
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case 18: // timestamp_nanos (utc)
  case 19: { // timestamp_nanos_ntz (no timezone)
    const value = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
    return parsers.timestampFromNanoseconds(value)
  }
  case 20: {
    const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, 16)
    reader.offset += 16
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
  }
  default:
    throw new Error(`parquet unsupported variant primitive type: ${typeId}`)
  }
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {Record<string, any>}
 */
function readVariantObject(reader, header, metadata, parsers) {
  const offsetWidth = (header & 0x3) + 1
  const idWidth = (header >> 2 & 0x3) + 1
  const isLarge = header >> 4 & 0x1
  const numElements = isLarge ? readUnsigned(reader, 4) : reader.view.getUint8(reader.offset++)

  /** @type {number[]} */
  const fieldIds = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    fieldIds[i] = readUnsigned(reader, idWidth)
  }

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  /** @type {Record<string, any>} */
  const out = {}
  for (let i = 0; i < numElements; i++) {
    const key = metadata.dictionary[fieldIds[i]]
    // Read value at the given offset
    const valueReader = {
      view: reader.view,
      offset: reader.offset + offsets[i],
    }
    out[key] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset += offsets[offsets.length - 1]
  return out
}

/**
 * @param {DataReader} reader
 * @param {number} header
 * @param {VariantMetadata} metadata
 * @param {ParquetParsers} parsers
 * @returns {any[]}
 */
function readVariantArray(reader, header, metadata, parsers) {
  const fieldOffsetSize = header & 0x3
  const isLarge = header >> 2 & 0x1
  const offsetWidth = fieldOffsetSize + 1
  const numElements = readUnsigned(reader, isLarge ? 4 : 1)

  const offsets = new Array(numElements + 1)
  for (let i = 0; i < offsets.length; i++) {
    offsets[i] = readUnsigned(reader, offsetWidth)
  }

  const valuesStart = reader.offset
  const result = new Array(numElements)
  for (let i = 0; i < numElements; i++) {
    const valueReader = {
      view: reader.view,
      offset: valuesStart + offsets[i],
    }
    result[i] = readVariant(valueReader, metadata, parsers)
  }
  reader.offset = valuesStart + offsets[offsets.length - 1]
  return result
}

/**
 * @param {DataReader} reader
 * @param {number} width
 * @returns {number}
 */
function readVariantDecimal(reader, width) {
  const scale = reader.view.getUint8(reader.offset)
  reader.offset += 1
  let unscaled
  if (width === 4) {
    unscaled = BigInt(reader.view.getInt32(reader.offset, true))
    reader.offset += 4
  } else if (width === 8) {
    unscaled = reader.view.getBigInt64(reader.offset, true)
    reader.offset += 8
  } else {
    const low = reader.view.getBigUint64(reader.offset, true)
    const high = reader.view.getBigInt64(reader.offset + 8, true)
    unscaled = high << 64n | low
    reader.offset += 16
  }

  return Number(unscaled) * 10 ** -scale
}

/**
 * @param {DataReader} reader
 * @returns {Uint8Array}
 */
function readVariantBinary(reader) {
  const length = reader.view.getUint32(reader.offset, true)
  reader.offset += 4
  const bytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
  reader.offset += length
  return bytes
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/assemble.js



/**
 * Reconstructs a complex nested structure from flat arrays of values and
 * definition and repetition levels, according to Dremel encoding.
 *
 * @param {any[]} output
 * @param {number[] | undefined} definitionLevels
 * @param {number[]} repetitionLevels
 * @param {DecodedArray} values
 * @param {SchemaTree[]} schemaPath
 * @returns {DecodedArray}
 */
function assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  // If no def/rep levels, synthesize def levels at max
  if (!definitionLevels?.length && !repetitionLevels.length) {
    if (!maxDefinitionLevel || !values.length) return values
    definitionLevels = new Array(values.length).fill(maxDefinitionLevel)
  }
  const n = definitionLevels?.length || repetitionLevels.length
  const repetitionPath = schemaPath.map(({ element }) => element.repetition_type)
  let valueIndex = 0

  // Track state of nested structures
  const containerStack = [output]
  let currentContainer = output
  let currentDepth = 0 // schema depth
  let currentDefLevel = 0 // list depth
  let currentRepLevel = 0

  if (repetitionLevels[0]) {
    // continue previous row
    while (currentDepth < repetitionPath.length - 2 && currentRepLevel < repetitionLevels[0]) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        // go into last list
        currentContainer = currentContainer.at(-1)
        containerStack.push(currentContainer)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }
  }

  for (let i = 0; i < n; i++) {
    // assert(currentDefLevel === containerStack.length - 1)
    const def = definitionLevels?.length ? definitionLevels[i] : maxDefinitionLevel
    const rep = repetitionLevels[i]

    // Pop up to start of rep level
    while (currentDepth && (rep < currentRepLevel || repetitionPath[currentDepth] !== 'REPEATED')) {
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        containerStack.pop()
        currentDefLevel--
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel--
      currentDepth--
    }
    // @ts-expect-error won't be empty
    currentContainer = containerStack.at(-1)

    // Go deeper to end of definition level
    while (
      (currentDepth < repetitionPath.length - 2 || repetitionPath[currentDepth + 1] === 'REPEATED') &&
      (currentDefLevel < def || repetitionPath[currentDepth + 1] === 'REQUIRED')
    ) {
      currentDepth++
      if (repetitionPath[currentDepth] !== 'REQUIRED') {
        /** @type {any[]} */
        const newList = []
        currentContainer.push(newList)
        currentContainer = newList
        containerStack.push(newList)
        currentDefLevel++
      }
      if (repetitionPath[currentDepth] === 'REPEATED') currentRepLevel++
    }

    // Add value or null based on definition level
    if (def === maxDefinitionLevel) {
      // assert(currentDepth === maxDefinitionLevel || currentDepth === repetitionPath.length - 2)
      currentContainer.push(values[valueIndex++])
    } else if (currentDepth === repetitionPath.length - 2) {
      currentContainer.push(null)
    } else {
      currentContainer.push([])
    }
  }

  // Handle edge cases for empty inputs or single-level data
  if (!output.length) {
    // return max definition level of nested lists
    for (let i = 0; i < maxDefinitionLevel; i++) {
      /** @type {any[]} */
      const newList = []
      currentContainer.push(newList)
      currentContainer = newList
    }
  }

  return output
}

/**
 * Assemble a nested structure from subcolumn data.
 *
 * @param {Map<string, DecodedArray>} subcolumnData
 * @param {SchemaTree} schema top-level schema element
 * @param {ParquetParsers} parsers
 * @param {number} [depth] depth of nested structure
 */
function assembleNested(subcolumnData, schema, parsers, depth = 0) {
  const path = schema.path.join('.')
  const optional = schema.element.repetition_type === 'OPTIONAL'
  const nextDepth = optional ? depth + 1 : depth

  if (isListLike(schema)) {
    let sublist = schema.children[0]
    let subDepth = nextDepth
    if (sublist.children.length === 1) {
      sublist = sublist.children[0]
      subDepth++
    }
    assembleNested(subcolumnData, sublist, parsers, subDepth)

    const subcolumn = sublist.path.join('.')
    const values = subcolumnData.get(subcolumn)
    if (!values) throw new Error('parquet list column missing values')
    if (optional) flattenAtDepth(values, depth)
    subcolumnData.set(path, values)
    subcolumnData.delete(subcolumn)
    return
  }

  if (isMapLike(schema)) {
    const mapName = schema.children[0].element.name

    // Assemble keys and values
    assembleNested(subcolumnData, schema.children[0].children[0], parsers, nextDepth + 1)
    assembleNested(subcolumnData, schema.children[0].children[1], parsers, nextDepth + 1)

    const keys = subcolumnData.get(`${path}.${mapName}.key`)
    const values = subcolumnData.get(`${path}.${mapName}.value`)

    if (!keys) throw new Error('parquet map column missing keys')
    if (!values) throw new Error('parquet map column missing values')
    if (keys.length !== values.length) {
      throw new Error('parquet map column key/value length mismatch')
    }

    const out = assembleMaps(keys, values, nextDepth)
    if (optional) flattenAtDepth(out, depth)

    subcolumnData.delete(`${path}.${mapName}.key`)
    subcolumnData.delete(`${path}.${mapName}.value`)
    subcolumnData.set(path, out)
    return
  }

  // Struct-like column
  if (schema.children.length) {
    // construct a meta struct and then invert
    const invertDepth = schema.element.repetition_type === 'REQUIRED' ? depth : depth + 1
    /** @type {Record<string, any>} */
    const struct = {}
    for (const child of schema.children) {
      assembleNested(subcolumnData, child, parsers, invertDepth)
      const childData = subcolumnData.get(child.path.join('.'))
      if (!childData) throw new Error('parquet struct missing child data')
      struct[child.element.name] = childData
    }
    // remove children
    for (const child of schema.children) {
      subcolumnData.delete(child.path.join('.'))
    }

    // invert struct by depth
    let inverted = invertStruct(struct, invertDepth)
    if (schema.element.logical_type?.type === 'VARIANT') {
      inverted = decodeVariantColumn(inverted, parsers)
    }
    if (optional) flattenAtDepth(inverted, depth)
    subcolumnData.set(path, inverted)
  }
}

/**
 * @import {DecodedArray, ParquetParsers, SchemaTree} from '../src/types.js'
 * @param {DecodedArray} arr
 * @param {number} depth
 */
function flattenAtDepth(arr, depth) {
  for (let i = 0; i < arr.length; i++) {
    if (depth) {
      flattenAtDepth(arr[i], depth - 1)
    } else {
      arr[i] = arr[i][0]
    }
  }
}

/**
 * @param {DecodedArray} keys
 * @param {DecodedArray} values
 * @param {number} depth
 * @returns {any[]}
 */
function assembleMaps(keys, values, depth) {
  const out = []
  for (let i = 0; i < keys.length; i++) {
    if (depth) {
      out.push(assembleMaps(keys[i], values[i], depth - 1)) // go deeper
    } else {
      if (keys[i]) {
        /** @type {Record<string, any>} */
        const obj = {}
        for (let j = 0; j < keys[i].length; j++) {
          const value = values[i][j]
          obj[keys[i][j]] = value === undefined ? null : value
        }
        out.push(obj)
      } else {
        out.push(undefined)
      }
    }
  }
  return out
}

/**
 * Invert a struct-like object by depth.
 *
 * @param {Record<string, any[]>} struct
 * @param {number} depth
 * @returns {any[]}
 */
function invertStruct(struct, depth) {
  const keys = Object.keys(struct)
  const length = struct[keys[0]]?.length
  const out = []
  for (let i = 0; i < length; i++) {
    /** @type {Record<string, any>} */
    const obj = {}
    for (const key of keys) {
      if (struct[key].length !== length) throw new Error('parquet struct parsing error')
      obj[key] = struct[key][i]
    }
    if (depth) {
      out.push(invertStruct(obj, depth - 1)) // deeper
    } else {
      out.push(obj)
    }
  }
  return out
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/delta.js
/**
 * @import {DataReader} from '../src/types.js'
 */



/**
 * @param {DataReader} reader
 * @param {number} count number of values to read
 * @param {Int32Array | BigInt64Array} output
 */
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output)
    return
  }
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader) // assert(=== count)
  let value = readZigZagBigInt(reader) // first value
  let outputIndex = 0
  output[outputIndex++] = value

  const valuesPerMiniblock = blockSize / miniblockPerBlock

  while (outputIndex < count) {
    // new block
    const minDelta = readZigZagBigInt(reader)
    const bitWidths = new Uint8Array(miniblockPerBlock)
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++)
    }

    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      // new miniblock
      const bitWidth = bitWidths[i]
      if (bitWidth) {
        // Miniblock data lengths are multiples of four bytes.
        let bitpackPos = 0
        let miniblockCount = valuesPerMiniblock
        const mask = (1n << BigInt(bitWidth)) - 1n
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask // TODO: don't re-read value every time
          bitpackPos += bitWidth
          while (bitpackPos >= 32) {
            bitpackPos -= 32
            reader.offset += 4
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth - bitpackPos) & mask
            }
          }
          const delta = minDelta + bits
          value += delta
          output[outputIndex++] = value
          miniblockCount--
        }
        if (miniblockCount) {
          // consume leftover miniblock
          reader.offset += Math.ceil((miniblockCount * bitWidth + bitpackPos) / 8)
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta
          output[outputIndex++] = value
        }
      }
    }
  }
}

/**
 * Decode INT32 without BigInt arithmetic in the per-value loop.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {Int32Array} output
 */
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader)
  let value = readZigZag(reader)
  let outputIndex = 0
  output[outputIndex++] = value
  const valuesPerMiniblock = blockSize / miniblockPerBlock
  const { view } = reader
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader)
    const bitWidthsOffset = reader.offset
    let offset = bitWidthsOffset + miniblockPerBlock
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth = view.getUint8(bitWidthsOffset + i)
      const end = offset + valuesPerMiniblock * bitWidth / 8
      let bitOffset = 0
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0
        let bitsRead = 0
        while (bitsRead < bitWidth) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth - bitsRead)
          // Residual bits at 32 and above vanish modulo 2^32.
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead
          }
          bitsRead += bitsToRead
          bitOffset += bitsToRead
          if (bitOffset === 8) {
            bitOffset = 0
            offset++
          }
        }
        // Parquet INT32 delta arithmetic wraps in two's complement.
        value = value + minDelta + residual | 0
        output[outputIndex++] = value
      }
      // Consume the entire padded miniblock, but not unused miniblock bodies.
      offset = end
    }
    reader.offset = offset
  }
}

/**
 * Read a zigzag varint modulo 2^32. INT32 deltas can need 33 bits, which
 * readZigZag truncates, but only the low 32 bits of the decoded value matter.
 * readVarInt keeps the low 32 zigzag bits of a 5-byte varint; bit 32 is bit 4
 * of the fifth byte. Reusing readVarInt keeps the caller's hot loop fast.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZagInt33(reader) {
  const start = reader.offset
  const low = readVarInt(reader)
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0
  return (low >>> 1 | high << 31) ^ -(low & 1)
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count)
  deltaBinaryUnpack(reader, count, lengths)
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i])
    reader.offset += lengths[i]
  }
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, prefixData)
  const suffixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, suffixData)

  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i])
    if (prefixData[i]) {
      // copy from previous value
      output[i] = new Uint8Array(prefixData[i] + suffixData[i])
      output[i].set(output[i - 1].subarray(0, prefixData[i]))
      output[i].set(suffix, prefixData[i])
    } else {
      output[i] = suffix
    }
    reader.offset += suffixData[i]
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/encoding.js
/**
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 */



/**
 * Read values from a run-length encoded/bit-packed hybrid encoding.
 *
 * If length is zero, then read int32 length at the start.
 *
 * @param {DataReader} reader
 * @param {number} width - bitwidth
 * @param {DecodedArray} output
 * @param {number} [length] - length of the encoded data
 */
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === undefined) {
    length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
  }
  const startOffset = reader.offset
  let seen = 0
  while (seen < output.length) {
    const header = readVarInt(reader)
    if (header & 1) {
      // bit-packed
      seen = readBitPacked(reader, header, width, output, seen)
    } else {
      // rle
      const count = header >>> 1
      readRle(reader, count, width, output, seen)
      seen += count
    }
  }
  reader.offset = startOffset + length // duckdb writes an empty block
}

/**
 * Run-length encoding: read value with bitWidth and repeat it count times.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 */
function readRle(reader, count, bitWidth, output, seen) {
  const width = bitWidth + 7 >> 3
  let value = 0
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3)
  }
  // assert(value < 1 << bitWidth)

  // repeat value count times
  for (let i = 0; i < count; i++) {
    output[seen + i] = value
  }
}

/**
 * Read a bit-packed run of the rle/bitpack hybrid.
 * Supports width > 8 (crossing bytes).
 *
 * @param {DataReader} reader
 * @param {number} header - bit-pack header
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 * @returns {number} total output values so far
 */
function readBitPacked(reader, header, bitWidth, output, seen) {
  let count = header >> 1 << 3 // values to read
  const mask = (1 << bitWidth) - 1

  let data = 0
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++)
  } else if (mask) {
    // sometimes out-of-bounds reads are masked out
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`)
  }
  let left = 8
  let right = 0

  // read values
  while (count) {
    // if we have crossed a byte boundary, shift the data
    if (right > 8) {
      right -= 8
      left -= 8
      data >>>= 8
    } else if (left - right < bitWidth) {
      // if we don't have bitWidth number of bits to read, read next byte
      data |= reader.view.getUint8(reader.offset) << left
      reader.offset++
      left += 8
    } else {
      if (seen < output.length) {
        // emit value
        output[seen++] = data >> right & mask
      }
      count--
      right += bitWidth
    }
  }

  return seen
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {DecodedArray}
 */
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength)
  const bytes = new Uint8Array(count * width)
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++)
    }
  }
  // interpret bytes as typed array
  if (type === 'FLOAT') return new Float32Array(bytes.buffer)
  else if (type === 'DOUBLE') return new Float64Array(bytes.buffer)
  else if (type === 'INT32') return new Int32Array(bytes.buffer)
  else if (type === 'INT64') return new BigInt64Array(bytes.buffer)
  else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    // split into arrays of typeLength
    const split = new Array(count)
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width)
    }
    return split
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`)
}

/**
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {number}
 */
function byteWidth(type, typeLength) {
  switch (type) {
  case 'INT32':
  case 'FLOAT':
    return 4
  case 'INT64':
  case 'DOUBLE':
    return 8
  case 'FIXED_LEN_BYTE_ARRAY':
    if (!typeLength) throw new Error('parquet byteWidth missing type_length')
    return typeLength
  default:
    throw new Error(`parquet unsupported type: ${type}`)
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plain.js
/**
 * Read `count` values of the given type from the reader.view.
 *
 * @param {DataReader} reader - buffer to read data from
 * @param {ParquetType} type - parquet type of the data
 * @param {number} count - number of values to read
 * @param {number | undefined} fixedLength - length of each fixed length byte array
 * @returns {DecodedArray} array of values
 */
function readPlain(reader, type, count, fixedLength) {
  if (count === 0) return []
  if (type === 'BOOLEAN') {
    return readPlainBoolean(reader, count)
  } else if (type === 'INT32') {
    return readPlainInt32(reader, count)
  } else if (type === 'INT64') {
    return readPlainInt64(reader, count)
  } else if (type === 'INT96') {
    return readPlainInt96(reader, count)
  } else if (type === 'FLOAT') {
    return readPlainFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return readPlainDouble(reader, count)
  } else if (type === 'BYTE_ARRAY') {
    return readPlainByteArray(reader, count)
  } else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (!fixedLength) throw new Error('parquet missing fixed length')
    return readPlainByteArrayFixed(reader, count, fixedLength)
  } else {
    throw new Error(`parquet unhandled type: ${type}`)
  }
}

/**
 * Read `count` boolean values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {boolean[]}
 */
function readPlainBoolean(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0)
    const bitOffset = i % 8
    const byte = reader.view.getUint8(byteOffset)
    values[i] = (byte & 1 << bitOffset) !== 0
  }
  reader.offset += Math.ceil(count / 8)
  return values
}

/**
 * Read `count` int32 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Int32Array}
 */
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` int64 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {BigInt64Array}
 */
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` int96 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {bigint[]}
 */
function readPlainInt96(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true)
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true)
    values[i] = BigInt(high) << 64n | low
  }
  reader.offset += count * 12
  return values
}

/**
 * Read `count` float values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` double values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` byte array values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Uint8Array[]}
 */
function readPlainByteArray(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
    reader.offset += length
  }
  return values
}

/**
 * Read a fixed length byte array.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} fixedLength
 * @returns {Uint8Array[]}
 */
function readPlainByteArrayFixed(reader, count, fixedLength) {
  // assert(reader.view.byteLength - reader.offset >= count * fixedLength)
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength)
    reader.offset += fixedLength
  }
  return values
}

/**
 * Create a new buffer with the offset and size.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 * @param {ArrayBufferLike} buffer
 * @param {number} offset
 * @param {number} size
 * @returns {ArrayBuffer}
 */
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size)
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size))
  return aligned
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/snappy.js
/**
 * The MIT License (MIT)
 * Copyright (c) 2016 Zhipeng Jia
 * https://github.com/zhipeng-jia/snappyjs
 */

const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

/**
 * Copy bytes from one array to another
 *
 * @param {Uint8Array} fromArray source array
 * @param {number} fromPos source position
 * @param {Uint8Array} toArray destination array
 * @param {number} toPos destination position
 * @param {number} length number of bytes to copy
 */
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

/**
 * Decompress snappy data.
 * Accepts an output buffer to avoid allocating a new buffer for each call.
 *
 * @param {Uint8Array} input compressed data
 * @param {Uint8Array} output output buffer
 */
function snappyUncompress(input, output) {
  const inputLength = input.byteLength
  const outputLength = output.byteLength
  let pos = 0
  let outPos = 0

  // skip preamble (contains uncompressed length as varint)
  while (pos < inputLength) {
    const c = input[pos]
    pos++
    if (c < 128) {
      break
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error('invalid snappy length header')
  }

  while (pos < inputLength) {
    const c = input[pos]
    let len = 0
    pos++

    if (pos >= inputLength) {
      throw new Error('missing eof marker')
    }

    // There are two types of elements, literals and copies (back references)
    if ((c & 0x3) === 0) {
      // Literals are uncompressed data stored directly in the byte stream
      let len = (c >>> 2) + 1
      // Longer literal length is encoded in multiple bytes
      if (len > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error('snappy error literal pos + 3 >= inputLength')
        }
        const lengthSize = len - 60 // length bytes - 1
        len = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        len = (len & WORD_MASK[lengthSize]) + 1
        pos += lengthSize
      }
      if (pos + len > inputLength) {
        throw new Error('snappy error literal exceeds input length')
      }
      copyBytes(input, pos, output, outPos, len)
      pos += len
      outPos += len
    } else {
      // Copy elements
      let offset = 0 // offset back from current position to read
      switch (c & 0x3) {
      case 1:
        // Copy with 1-byte offset
        len = (c >>> 2 & 0x7) + 4
        offset = input[pos] + (c >>> 5 << 8)
        pos++
        break
      case 2:
        // Copy with 2-byte offset
        if (inputLength <= pos + 1) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos] + (input[pos + 1] << 8)
        pos += 2
        break
      case 3:
        // Copy with 4-byte offset
        if (inputLength <= pos + 3) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        pos += 4
        break
      default:
        break
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)
      }
      if (offset > outPos) {
        throw new Error('cannot copy from before start of buffer')
      }
      copyBytes(output, outPos - offset, output, outPos, len)
      outPos += len
    }
  }

  if (outPos !== outputLength) throw new Error('premature end of input')
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/datapage.js
/**
 * @import {ColumnDecoder, CompressionCodec, Compressors, DataPage, DataPageHeader, DataPageHeaderV2, DataReader, DecodedArray, PageHeader, SchemaTree} from '../src/types.js'
 */







/**
 * Read a data page from uncompressed reader.
 *
 * @param {Uint8Array} bytes raw page data (should already be decompressed)
 * @param {DataPageHeader} daph data page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const reader = { view, offset: 0 }
  /** @type {DecodedArray} */
  let dataPage

  // repetition and definition levels
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath)
  // assert(!repetitionLevels.length || repetitionLevels.length === daph.num_values)
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath)
  // assert(!definitionLevels.length || definitionLevels.length === daph.num_values)

  // read values based on encoding
  const nValues = daph.num_values - numNulls
  if (daph.encoding === 'PLAIN') {
    dataPage = readPlain(reader, type, nValues, element.type_length)
  } else if (
    daph.encoding === 'PLAIN_DICTIONARY' ||
    daph.encoding === 'RLE_DICTIONARY' ||
    daph.encoding === 'RLE'
  ) {
    const bitWidth = type === 'BOOLEAN' ? 1 : view.getUint8(reader.offset++)
    if (bitWidth) {
      dataPage = new Array(nValues)
      if (type === 'BOOLEAN') {
        readRleBitPackedHybrid(reader, bitWidth, dataPage)
        dataPage = dataPage.map(x => !!x) // convert to boolean
      } else {
        // assert(daph.encoding.endsWith('_DICTIONARY'))
        readRleBitPackedHybrid(reader, bitWidth, dataPage, view.byteLength - reader.offset)
      }
    } else {
      dataPage = new Uint8Array(nValues) // nValue zeroes
    }
  } else if (daph.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length)
  } else if (daph.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(reader, nValues, dataPage)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels and number of bytes read
 */
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values)
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values)
      return values
    }
  }
  return []
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {{ definitionLevels: number[], numNulls: number }} definition levels
 */
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 }

  const definitionLevels = new Array(daph.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels)

  // count nulls
  let numNulls = daph.num_values
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--
  }
  if (numNulls === 0) definitionLevels.length = 0

  return { definitionLevels, numNulls }
}

/**
 * @param {Uint8Array} compressedBytes
 * @param {number} uncompressed_page_size
 * @param {CompressionCodec} codec
 * @param {Compressors | undefined} compressors
 * @returns {Uint8Array}
 */
function decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  /** @type {Uint8Array} */
  let page
  const customDecompressor = compressors?.[codec]
  if (codec === 'UNCOMPRESSED') {
    page = compressedBytes
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size)
  } else if (codec === 'SNAPPY') {
    page = new Uint8Array(uncompressed_page_size)
    snappyUncompress(compressedBytes, page)
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`)
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)
  }
  return page
}


/**
 * Read a data page from the given Uint8Array.
 *
 * @param {Uint8Array} compressedBytes raw page data
 * @param {PageHeader} ph page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength)
  const reader = { view, offset: 0 }
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  const daph2 = ph.data_page_header_v2
  if (!daph2) throw new Error('parquet data page header v2 is undefined')

  // repetition levels
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath)
  reader.offset = daph2.repetition_levels_byte_length // readVarInt() => len for boolean v2?

  // definition levels
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath)
  // assert(reader.offset === daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length)

  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length

  let page = compressedBytes.subarray(reader.offset)
  if (daph2.is_compressed !== false) {
    page = decompressPage(page, uncompressedPageSize, codec, compressors)
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const pageReader = { view: pageView, offset: 0 }

  // read values based on encoding
  /** @type {DecodedArray} */
  let dataPage
  const nValues = daph2.num_values - daph2.num_nulls
  if (daph2.encoding === 'PLAIN') {
    dataPage = readPlain(pageReader, type, nValues, element.type_length)
  } else if (daph2.encoding === 'RLE') {
    // assert(type === 'BOOLEAN')
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, 1, dataPage)
    dataPage = dataPage.map(x => !!x)
  } else if (
    daph2.encoding === 'PLAIN_DICTIONARY' ||
    daph2.encoding === 'RLE_DICTIONARY'
  ) {
    const bitWidth = pageView.getUint8(pageReader.offset++)
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, bitWidth, dataPage, uncompressedPageSize - 1)
  } else if (daph2.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels
 */
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
  if (!maxRepetitionLevel) return []

  const values = new Array(daph2.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length)
  return values
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {number[] | undefined} definition levels
 */
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (maxDefinitionLevel) {
    // V2 we know the length
    const values = new Array(daph2.num_values)
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length)
    return values
  }
}

/**
 * Minimum bits needed to store value.
 *
 * @param {number} value
 * @returns {number}
 */
function bitWidth(value) {
  return 32 - Math.clz32(value)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/column.js
/**
 * @import {ColumnDecoder, DataReader, DecodedArray, PageHeader, PageResult, RowGroupSelect, Statistics, SubColumnData} from '../src/types.js'
 */









/**
 * Parse column data from a buffer.
 *
 * @param {DataReader} reader
 * @param {RowGroupSelect} rowGroupSelect row group selection
 * @param {ColumnDecoder} columnDecoder column decoder params
 * @param {(chunk: SubColumnData) => void} [onPage] callback for each page
 * @returns {{ data: DecodedArray[], skipped: number }}
 */
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder
  const isFlat = isFlatColumn(schemaPath)
  /** @type {DecodedArray[]} */
  const chunks = []
  /** @type {DecodedArray | undefined} */
  let dictionary = undefined
  /** @type {DecodedArray | undefined} */
  let lastChunk = undefined
  let rowCount = 0
  let skipped = 0

  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount,
    })
  })

  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break // end of reader

    // read page header
    const header = parquetHeader(reader)
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, columnDecoder, dictionary, undefined, 0)
      if (data) dictionary = convert(data, columnDecoder)
    } else {
      const lastChunkLength = lastChunk?.length || 0
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount)
      if (result.skipped) {
        // skipped page - just advance row count, don't add to chunks
        if (!chunks.length) {
          skipped += result.skipped
        }
        rowCount += result.skipped
      } else if (result.data && lastChunk === result.data) {
        // continued from previous page
        rowCount += result.data.length - lastChunkLength
      } else if (result.data && result.data.length) {
        emitLastChunk?.()
        chunks.push(result.data)
        rowCount += result.data.length
        lastChunk = result.data
      }
    }
  }
  emitLastChunk?.()

  return { data: chunks, skipped }
}

/**
 * Read a page (data or dictionary) from a buffer.
 *
 * @param {DataReader} reader
 * @param {PageHeader} header
 * @param {ColumnDecoder} columnDecoder
 * @param {DecodedArray | undefined} dictionary
 * @param {DecodedArray | undefined} previousChunk
 * @param {number} pageStart skip this many rows in the page
 * @returns {PageResult}
 */
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  // read compressed_page_size bytes
  const compressedBytes = new Uint8Array(
    reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size
  )
  reader.offset += header.compressed_page_size

  // parse page data by type
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header
    if (!daph) throw new Error('parquet data page header is undefined')

    // skip unnecessary non-nested pages
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values }
    }

    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors)
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder)
    // assert(!daph.statistics?.null_count || daph.statistics.null_count === BigInt(daph.num_values - dataPage.length))

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DATA_PAGE_V2') {
    const daph2 = header.data_page_header_v2
    if (!daph2) throw new Error('parquet data page header v2 is undefined')

    // skip unnecessary pages
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows }
    }

    const { definitionLevels, repetitionLevels, dataPage } =
      readDataPageV2(compressedBytes, header, columnDecoder)

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DICTIONARY_PAGE') {
    const diph = header.dictionary_page_header
    if (!diph) throw new Error('parquet dictionary page header is undefined')

    const page = decompressPage(
      compressedBytes, Number(header.uncompressed_page_size), codec, compressors
    )

    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }
    const dictArray = readPlain(reader, type, diph.num_values, element.type_length)
    return { skipped: 0, data: dictArray }
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`)
  }
}

/**
 * Read a page header from a buffer, leaving the reader at the start of the page data.
 *
 * @param {DataReader} reader
 * @returns {PageHeader}
 */
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader)

  // Parse parquet header from thrift data
  const type = PageTypes[header.field_1]
  const uncompressed_page_size = header.field_2
  const compressed_page_size = header.field_3
  const crc = header.field_4
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5),
  }
  const index_page_header = header.field_6
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3,
  }
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === undefined ? true : header.field_8.field_7, // default true
    statistics: pageStatistics(header.field_8.field_8),
  }

  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2,
  }
}

/**
 * @param {any} stats thrift Statistics struct
 * @returns {Statistics | undefined}
 */
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/indexes.js
/**
 * @import {ColumnIndex, DataReader, OffsetIndex, PageLocation, ParquetParsers, SchemaElement} from '../src/types.js'
 */






/**
 * @param {DataReader} reader
 * @param {SchemaElement} schema
 * @param {Partial<ParquetParsers> | undefined} parsers
 * @returns {ColumnIndex}
 */
function readColumnIndex(reader, schema, parsers = undefined) {
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  const thrift = deserializeTCompactProtocol(reader)
  return {
    null_pages: thrift.field_1,
    min_values: thrift.field_2.map((/** @type {any} */ m) => convertMetadata(m, schema, allParsers)),
    max_values: thrift.field_3.map((/** @type {any} */ m) => convertMetadata(m, schema, allParsers)),
    boundary_order: BoundaryOrders[thrift.field_4],
    null_counts: thrift.field_5,
    repetition_level_histograms: thrift.field_6,
    definition_level_histograms: thrift.field_7,
  }
}

/**
 * @param {DataReader} reader
 * @returns {OffsetIndex}
 */
function readOffsetIndex(reader) {
  const thrift = deserializeTCompactProtocol(reader)
  return {
    // @ts-ignore
    page_locations: thrift.field_1.map(loc => ({
      offset: loc.field_1,
      compressed_page_size: loc.field_2,
      first_row_index: loc.field_3,
    })),
    unencoded_byte_array_data_bytes: thrift.field_2,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/rowgroup.js
/**
 * @import {AsyncColumn, AsyncRowGroup, ChunkPlan, ColumnDecoder, DecodedArray, GroupPlan, PageLocation, ParquetParsers, ParquetReadOptions, QueryPlan, SchemaTree} from '../src/types.js'
 */









/**
 * Read a row group from a file-like object.
 *
 * @param {ParquetReadOptions} options
 * @param {QueryPlan} plan
 * @param {GroupPlan} groupPlan
 * @returns {AsyncRowGroup} resolves to column data
 */
function readRowGroup(options, { metadata }, groupPlan) {
  /** @type {AsyncColumn[]} */
  const asyncColumns = []
  // build the schema tree once, not per column chunk
  const schemaTree = metadata_parquetSchema(metadata)

  // read column data
  for (const chunk of groupPlan.chunks) {
    const { path_in_schema: pathInSchema } = chunk.columnMetadata
    const schemaPath = getTreePath(schemaTree, pathInSchema)
    const columnDecoder = {
      pathInSchema,
      element: schemaPath[schemaPath.length - 1].element,
      schemaPath,
      ...options,
      ...chunk.columnMetadata,
      // merge after options, so a partial parsers object keeps the defaults
      parsers: { ...DEFAULT_PARSERS, ...options.parsers },
    }
    const { startByte, endByte } = chunk.range

    if ('pageLocations' in chunk) {
      // page locations already parsed from the offset index
      asyncColumns.push({
        pathInSchema,
        data: readSelectedPages(options, groupPlan, chunk, chunk.pageLocations, columnDecoder),
      })
    } else if ('offsetIndex' in chunk) {
      asyncColumns.push({
        pathInSchema,
        // fetch offset index
        data: Promise.resolve(options.file.slice(chunk.offsetIndex.startByte, chunk.offsetIndex.endByte))
          .then(arrayBuffer => {
            const pages = readOffsetIndex({ view: new DataView(arrayBuffer), offset: 0 }).page_locations
            return readSelectedPages(options, groupPlan, chunk, pages, columnDecoder)
          }),
      })
    } else {
      // full column chunk
      asyncColumns.push({
        pathInSchema,
        data: Promise.resolve(options.file.slice(startByte, endByte))
          .then(buffer => {
            const reader = { view: new DataView(buffer), offset: 0 }
            return readColumn(reader, groupPlan, columnDecoder, options.onPage)
          }),
      })
    }
  }

  return {
    groupStart: groupPlan.groupStart,
    groupRows: groupPlan.groupRows,
    selectStart: groupPlan.selectStart,
    selectEnd: groupPlan.selectEnd,
    asyncColumns,
  }
}

/**
 * Read only the pages of a column chunk that overlap the group plan's select
 * range [selectStart, selectEnd), using page locations from the offset index.
 *
 * @param {ParquetReadOptions} options
 * @param {GroupPlan} groupPlan
 * @param {ChunkPlan} chunk
 * @param {PageLocation[]} pages
 * @param {ColumnDecoder} columnDecoder
 * @returns {Promise<{data: DecodedArray[], skipped: number}>}
 */
async function readSelectedPages(options, groupPlan, chunk, pages, columnDecoder) {
  const { data_page_offset, dictionary_page_offset } = chunk.columnMetadata
  const { selectStart, selectEnd } = groupPlan
  let { startByte, endByte } = chunk.range
  let skipped = -1
  // include dictionary if present, handle polars missing dictionary_page_offset
  const hasDict = dictionary_page_offset || data_page_offset < pages[0].offset
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]
    const pageStart = Number(page.first_row_index)
    const pageEnd = i + 1 < pages.length
      ? Number(pages[i + 1].first_row_index)
      : groupPlan.groupRows // last page extends to end of row group
    // check if page overlaps with [selectStart, selectEnd)
    if (skipped < 0 && pageEnd > selectStart) {
      startByte = Number(page.offset)
      skipped = pageStart
    }
    if (pageStart < selectEnd) {
      endByte = Number(page.offset) + page.compressed_page_size
    }
  }
  if (skipped < 0) skipped = 0
  /** @type {DataView} */
  let view
  if (hasDict && skipped) {
    // fetch the dictionary page separately from the selected data pages so
    // the skipped leading pages are not transferred
    const dictLength = Number(pages[0].offset) - chunk.range.startByte
    const [dictBuffer, dataBuffer] = await Promise.all([
      options.file.slice(chunk.range.startByte, Number(pages[0].offset)),
      options.file.slice(startByte, endByte),
    ])
    // clamp in case the AsyncBuffer returned more bytes than requested
    const combined = new Uint8Array(dictLength + dataBuffer.byteLength)
    combined.set(new Uint8Array(dictBuffer, 0, dictLength))
    combined.set(new Uint8Array(dataBuffer), dictLength)
    view = new DataView(combined.buffer)
  } else if (hasDict) {
    // dictionary page is contiguous with the first selected page
    view = new DataView(await options.file.slice(chunk.range.startByte, endByte))
  } else {
    view = new DataView(await options.file.slice(startByte, endByte))
  }
  const reader = { view, offset: 0 }
  // adjust row selection for skipped pages
  const adjustedGroupPlan = skipped ? {
    ...groupPlan,
    groupStart: groupPlan.groupStart + skipped,
    selectStart: groupPlan.selectStart - skipped,
    selectEnd: groupPlan.selectEnd - skipped,
  } : groupPlan
  const { data, skipped: columnSkipped } = readColumn(reader, adjustedGroupPlan, columnDecoder, options.onPage)
  return {
    data,
    skipped: skipped + columnSkipped,
  }
}

/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object'} rowFormat
 * @returns {Promise<Record<string, any>[]>} resolves to row data
 */
/**
 * @overload
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'array'} [rowFormat]
 * @returns {Promise<any[][]>} resolves to row data
 */
/**
 * @param {AsyncRowGroup} asyncGroup
 * @param {number} selectStart
 * @param {number} selectEnd
 * @param {string[] | undefined} columns
 * @param {'object' | 'array'} [rowFormat]
 * @returns {Promise<Record<string, any>[] | any[][]>} resolves to row data
 */
async function asyncGroupToRows({ asyncColumns }, selectStart, selectEnd, columns, rowFormat) {
  // TODO: do it without flatten
  const asyncPages = await Promise.all(asyncColumns.map(column =>
    column.data.then(({ skipped, data }) => ({ skipped, data: utils_flatten(data) }))
  ))

  // transpose columns into rows
  const selectCount = selectEnd - selectStart
  if (rowFormat === 'object') {
    /** @type {Record<string, any>[]} */
    const groupData = Array(selectCount)
    for (let selectRow = 0; selectRow < selectCount; selectRow++) {
      // return each row as an object
      /** @type {Record<string, any>} */
      const rowData = {}
      for (let i = 0; i < asyncColumns.length; i++) {
        const { data, skipped } = asyncPages[i]
        rowData[asyncColumns[i].pathInSchema[0]] = data[selectStart + selectRow - skipped]
      }
      groupData[selectRow] = rowData
    }
    return groupData
  }

  // careful mapping of column order for rowFormat: array
  const includedColumnNames = asyncColumns
    .map(child => child.pathInSchema[0])
    .filter(name => !columns || columns.includes(name))
  const columnOrder = columns ?? includedColumnNames
  const columnIndexes = columnOrder.map(name => asyncColumns.findIndex(column => column.pathInSchema[0] === name))

  /** @type {any[][]} */
  const groupData = Array(selectCount)
  for (let selectRow = 0; selectRow < selectCount; selectRow++) {
    // return each row as an array
    const rowData = Array(asyncColumns.length)
    for (let i = 0; i < columnOrder.length; i++) {
      const colIdx = columnIndexes[i]
      if (colIdx < 0) throw new Error(`parquet column not found: ${columnOrder[i]}`)
      const { data, skipped } = asyncPages[colIdx]
      rowData[i] = data[selectStart + selectRow - skipped]
    }
    groupData[selectRow] = rowData
  }
  return groupData
}

/**
 * Assemble physical columns into top-level columns asynchronously.
 *
 * @param {AsyncRowGroup} asyncRowGroup
 * @param {SchemaTree} schemaTree
 * @param {Partial<ParquetParsers>} [parsers]
 * @returns {AsyncRowGroup}
 */
function rowgroup_assembleAsync(asyncRowGroup, schemaTree, parsers) {
  const { asyncColumns } = asyncRowGroup
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }
  /** @type {AsyncColumn[]} */
  const assembled = []
  for (const child of schemaTree.children) {
    if (child.children.length) {
      const childColumns = asyncColumns.filter(column => column.pathInSchema[0] === child.element.name)
      if (!childColumns.length) continue

      assembled.push({
        pathInSchema: child.path,
        data: (async () => {
          // collect subcolumn data — Promise.all observes every rejection so
          // a sibling failure cannot leak as an unhandledRejection
          const resolved = await Promise.all(childColumns.map(c => c.data))
          /** @type {Map<string, DecodedArray>} */
          const subcolumnData = new Map()
          const flattened = resolved.map(({ data }) => utils_flatten(data))
          // Physical pages can cover far more rows than the requested range.
          // Clip before nested/VARIANT assembly, which expands compact binary
          // values into independent object graphs and strings for every row.
          const skipped = Math.max(asyncRowGroup.selectStart ?? 0, ...resolved.map(result => result.skipped))
          const end = Math.min(asyncRowGroup.selectEnd ?? Infinity, ...resolved.map((result, i) => result.skipped + flattened[i].length))
          for (let i = 0; i < childColumns.length; i++) {
            // Offset-index reads may start each physical child at a different
            // page boundary. Align them to their common absolute row range.
            const start = skipped - resolved[i].skipped
            const length = Math.max(0, end - skipped)
            subcolumnData.set(
              childColumns[i].pathInSchema.join('.'),
              flattened[i].slice(start, start + length)
            )
          }
          // assemble the column
          assembleNested(subcolumnData, child, allParsers)
          const assembled = subcolumnData.get(child.element.name)
          if (!assembled) throw new Error('parquet column data not assembled')
          return { data: [assembled], skipped }
        })(),
      })
    } else {
      // leaf node, return the column
      const asyncColumn = asyncColumns.find(column => column.pathInSchema[0] === child.element.name)
      if (asyncColumn) assembled.push(asyncColumn)
    }
  }
  return { ...asyncRowGroup, asyncColumns: assembled }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plan.js






/**
 * @import {AsyncBuffer, BloomFilter, ByteRange, ChunkPlan, ColumnPageStats, FileMetaData, GroupPlan, PageLocation, PageRanges, ParquetParsers, ParquetQueryFilter, ParquetReadOptions, QueryPlan, RowGroup, SchemaElement, SchemaTree} from '../src/types.js'
 */

// Combine column chunks if less than 2mb
const runLimit = 1 << 21 // 2mb
// When reading selected columns, combine chunks separated by at most this many unrequested bytes.
// Arrow C++ before 18 and Polars write a copy of each column's metadata after its chunk, leaving small gaps.
// Same default as Arrow's CacheOptions hole_size_limit.
const columnGapLimit = 1 << 13 // 8kb

/**
 * Plan which byte ranges to read to satisfy a read request.
 * Metadata must be non-null.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {QueryPlan}
 */
function plan_parquetPlan(options) {
  const { metadata, rowStart = 0, columns, useOffsetIndex = false } = options
  if (!metadata) throw new Error('parquetPlan requires metadata')
  /** @type {GroupPlan[]} */
  const groups = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const scanPlan = plan_parquetPlanGroups(options)
  for (const group of scanPlan.groups) {
    const groupPlan = plan_parquetPlanGroup({ ...group, columns, useOffsetIndex })
    groups.push(...groupPlan.groups)
    fetches.push(...groupPlan.fetches)
    indexes.push(...groupPlan.indexes)
  }
  fetches.push(...indexes)

  return { metadata, rowStart, rowEnd: scanPlan.rowEnd, columns, fetches, groups }
}

/**
 * Select physical row-group ranges without planning column reads.
 *
 * @param {ParquetReadOptions & { bloomFiltersByGroup?: Record<string, BloomFilter>[], schemaElements?: Record<string, SchemaElement>, pageRangesByGroup?: (PageRanges | undefined)[], pageLocationsByGroup?: Record<string, PageLocation[]>[] }} options
 * @returns {{groups: {rowGroup: RowGroup, groupIndex: number, groupStart: number, groupRows: number, ranges: PageRanges, pageRanges?: PageRanges, pageLocations?: Record<string, PageLocation[]>}[], rowEnd: number}}
 */
function plan_parquetPlanGroups({ metadata, rowStart = 0, rowEnd = Infinity, columns, filter, filterStrict = true, bloomFiltersByGroup, schemaElements, pageRangesByGroup, pageLocationsByGroup }) {
  if (!metadata) throw new Error('parquetPlan requires metadata')
  const schemaTree = metadata_parquetSchema(metadata)
  const physicalColumns = getPhysicalColumns(schemaTree)
  const elementsByPath = filter ? {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  } : schemaElements
  const groups = []
  let groupStart = 0
  for (let groupIndex = 0; groupIndex < metadata.row_groups.length; groupIndex++) {
    const rowGroup = metadata.row_groups[groupIndex]
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    if (groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd && !canSkipRowGroup({
      rowGroup,
      physicalColumns,
      filter,
      strict: filterStrict,
      bloomFilters: bloomFiltersByGroup?.[groupIndex],
      schemaElements: elementsByPath,
    })) {
      const selectStart = Math.max(rowStart - groupStart, 0)
      const selectEnd = Math.min(rowEnd - groupStart, groupRows)
      const pageRanges = pageRangesByGroup?.[groupIndex]
      const pageLocations = pageLocationsByGroup?.[groupIndex]
      /** @type {PageRanges} */
      let ranges = pageRanges
        ? pageRanges
          .map(([start, end]) => {
            /** @type {[number, number]} */
            const range = [Math.max(start, selectStart), Math.min(end, selectEnd)]
            return range
          })
          .filter(([start, end]) => start < end)
        : [[selectStart, selectEnd]]

      if (ranges.length > 1) {
        const canSplit = rowGroup.columns.every(chunk => {
          const columnName = chunk.meta_data?.path_in_schema[0]
          const columnPath = chunk.meta_data?.path_in_schema.join('.')
          if (columns && columnName && !columns.includes(columnName)) return true
          return !!(chunk.offset_index_offset && chunk.offset_index_length) || !!(columnPath && pageLocations?.[columnPath])
        })
        ranges = canSplit
          ? coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations)
          : [[ranges[0][0], ranges[ranges.length - 1][1]]]
      }
      if (ranges.length) {
        groups.push({ rowGroup, groupIndex, groupStart, groupRows, ranges, pageRanges, pageLocations })
      }
    }
    groupStart = groupEnd
  }
  return { groups, rowEnd: isFinite(rowEnd) ? rowEnd : groupStart }
}

/**
 * Build byte plans for retained ranges in one row group.
 *
 * @param {object} options
 * @param {RowGroup} options.rowGroup
 * @param {number} options.groupStart
 * @param {number} options.groupRows
 * @param {PageRanges} options.ranges
 * @param {string[]} [options.columns]
 * @param {boolean} [options.useOffsetIndex]
 * @param {PageRanges} [options.pageRanges]
 * @param {Record<string, PageLocation[]>} [options.pageLocations]
 * @returns {{groups: GroupPlan[], fetches: ByteRange[], indexes: ByteRange[]}}
 */
function plan_parquetPlanGroup({ rowGroup, groupStart, groupRows, ranges, columns, useOffsetIndex = false, pageRanges, pageLocations }) {
  /** @type {ChunkPlan[]} */
  const chunks = []
  /** @type {ByteRange[]} */
  const fetches = []
  /** @type {ByteRange[]} */
  const indexes = []
  const narrowed = ranges.length > 1 || ranges[0][0] > 0 || ranges[0][1] < groupRows
  for (const chunk of rowGroup.columns) {
    const meta = chunk.meta_data
    if (chunk.file_path) throw new Error('parquet file_path not supported')
    if (!meta) throw new Error('parquet column metadata is undefined')
    if (columns && !columns.includes(meta.path_in_schema[0])) continue
    const columnOffset = meta.dictionary_page_offset || meta.data_page_offset
    const startByte = Number(columnOffset)
    const endByte = Number(columnOffset + meta.total_compressed_size)
    const chunkPageLocations = pageLocations?.[meta.path_in_schema.join('.')]

    if (chunkPageLocations && narrowed) {
      chunks.push({ columnMetadata: meta, pageLocations: chunkPageLocations, range: { startByte, endByte } })
    } else if ((useOffsetIndex || pageRanges) && chunk.offset_index_offset && chunk.offset_index_length && narrowed) {
      const startByte = Number(chunk.offset_index_offset)
      chunks.push({
        columnMetadata: meta,
        offsetIndex: { startByte, endByte: startByte + chunk.offset_index_length },
        range: { startByte: Number(columnOffset), endByte },
      })
    } else {
      chunks.push({ columnMetadata: meta, range: { startByte, endByte } })
    }
  }

  /** @type {ByteRange[]} */
  const columnRanges = []
  /** @type {ByteRange | undefined} */
  let run
  for (const chunk of chunks) {
    if ('pageLocations' in chunk) continue
    if ('offsetIndex' in chunk) {
      indexes.push(chunk.offsetIndex)
    } else if (columns) {
      columnRanges.push(chunk.range)
    } else if (run && chunk.range.endByte - run.startByte <= runLimit) {
      run.endByte = chunk.range.endByte
    } else {
      if (run) fetches.push(run)
      run = { ...chunk.range }
    }
  }
  if (run) fetches.push(run)
  // selected chunks are combined in file order, skipping only small gaps
  fetches.push(...coalesceByteRanges(columnRanges, columnGapLimit, runLimit))
  const groups = ranges.map(([selectStart, selectEnd]) => ({
    chunks,
    rowGroup,
    groupStart,
    groupRows,
    selectStart,
    selectEnd,
  }))
  return { groups, fetches, indexes }
}

/**
 * Merge candidate ranges when any selected column would read an overlapping
 * data page for both ranges. Unknown page layouts are merged conservatively.
 *
 * @param {PageRanges} ranges
 * @param {RowGroup} rowGroup
 * @param {string[] | undefined} columns
 * @param {Record<string, PageLocation[]> | undefined} pageLocations
 * @returns {PageRanges}
 */
function coalesceOverlappingPageRanges(ranges, rowGroup, columns, pageLocations) {
  const selectedPageLayouts = rowGroup.columns
    .filter(chunk => !columns || columns.includes(chunk.meta_data?.path_in_schema[0] || ''))
    .map(chunk => pageLocations?.[chunk.meta_data?.path_in_schema.join('.') || ''])

  /** @type {PageRanges} */
  const merged = []
  for (const range of ranges) {
    const last = merged[merged.length - 1]
    const overlapsPage = last && selectedPageLayouts.some(pages => {
      if (!pages) return true
      const lastPages = pagesForRange(last, pages, Number(rowGroup.num_rows))
      const rangePages = pagesForRange(range, pages, Number(rowGroup.num_rows))
      return lastPages[0] <= rangePages[1] && rangePages[0] <= lastPages[1]
    })
    if (last && overlapsPage) last[1] = range[1]
    else merged.push([...range])
  }
  return merged
}

/**
 * Return the inclusive indexes of the first and last pages overlapping a row
 * range. Offset indexes cover every row, so a valid range always finds a page.
 *
 * @param {[number, number]} range
 * @param {PageLocation[]} pages
 * @param {number} groupRows
 * @returns {[number, number]}
 */
function pagesForRange([rangeStart, rangeEnd], pages, groupRows) {
  let first = Infinity
  let last = -Infinity
  for (let i = 0; i < pages.length; i++) {
    const pageStart = Number(pages[i].first_row_index)
    const pageEnd = i + 1 < pages.length ? Number(pages[i + 1].first_row_index) : groupRows
    if (pageEnd > rangeStart && pageStart < rangeEnd) {
      first = Math.min(first, i)
      last = i
    }
  }
  return [first, last]
}

/**
 * Fetch bloom filters for $eq / $in columns of row groups not already provably
 * skippable by statistics alone. Returns an array indexed by row-group ordinal;
 * each entry maps top-level column name → BloomFilter for any chunk whose
 * bloom filter we were able to parse. Adds one round-trip when at least one
 * bloom filter is fetched; otherwise returns synchronously.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} options.filter
 * @param {boolean} [options.filterStrict]
 * @returns {Promise<Record<string, BloomFilter>[]>}
 */
async function prefetchBloomFilters({ file, metadata, filter, filterStrict = true }) {
  const result = metadata.row_groups.map(() => /** @type {Record<string, BloomFilter>} */ ({}))
  const eligibleCols = bloomEligibleColumns(filter)
  if (eligibleCols.size === 0) return result
  const physicalColumns = getPhysicalColumns(metadata_parquetSchema(metadata))

  /** @type {Promise<void>[]} */
  const tasks = []
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict })) return
    for (const colName of eligibleCols) {
      const columnIdx = physicalColumns.indexOf(colName)
      if (columnIdx === -1) continue
      const meta = rowGroup.columns[columnIdx]?.meta_data
      if (!meta?.bloom_filter_offset || !meta.bloom_filter_length) continue
      const start = Number(meta.bloom_filter_offset)
      const end = start + meta.bloom_filter_length
      tasks.push((async () => {
        const buffer = await file.slice(start, end)
        const bloom = readBloomFilter({ view: new DataView(buffer), offset: 0 })
        if (bloom) result[rgIdx][colName] = bloom
      })())
    }
  })

  if (tasks.length) await Promise.all(tasks)
  return result
}

/**
 * Fetch page indexes (column index + offset index) for filter columns of row
 * groups that survive row-group-level pruning, and compute candidate row
 * ranges per group from the per-page min/max statistics.
 *
 * Returns pageRangesByGroup indexed by row-group ordinal: sorted disjoint
 * [start, end) row ranges (relative to the group) that could match the filter.
 * An empty array means the group provably contains no matching rows; undefined
 * means no page-level information was available for that group.
 * Also returns pageLocationsByGroup, mapping row-group ordinals and physical
 * leaf paths to page locations, so the read path can reuse the parsed offset
 * indexes without refetching them.
 *
 * @param {object} options
 * @param {AsyncBuffer} options.file
 * @param {FileMetaData} options.metadata
 * @param {ParquetQueryFilter} [options.filter]
 * @param {boolean} [options.filterStrict]
 * @param {number} [options.rowStart]
 * @param {number} [options.rowEnd]
 * @param {string[]} [options.columns]
 * @param {Record<string, BloomFilter>[]} [options.bloomFiltersByGroup]
 * @param {Record<string, SchemaElement>} [options.schemaElements]
 * @param {Partial<ParquetParsers>} [options.parsers]
 * @returns {Promise<{pageRangesByGroup: (PageRanges | undefined)[], pageLocationsByGroup: Record<string, PageLocation[]>[]}>}
 */
async function prefetchPageIndexes({ file, metadata, filter, filterStrict = true, rowStart = 0, rowEnd = Infinity, columns, bloomFiltersByGroup, schemaElements, parsers }) {
  /** @type {(PageRanges | undefined)[]} */
  const pageRangesByGroup = metadata.row_groups.map(() => undefined)
  const pageLocationsByGroup = metadata.row_groups.map(() => /** @type {Record<string, PageLocation[]>} */ ({}))
  if (filter && '$nor' in filter && Array.isArray(filter.$nor)) {
    return { pageRangesByGroup, pageLocationsByGroup }
  }
  const filterColumns = pathsNeededForFilter(filter)
  if (!filterColumns.length) return { pageRangesByGroup, pageLocationsByGroup }
  const schemaTree = metadata_parquetSchema(metadata)
  const physicalColumns = getPhysicalColumns(schemaTree)
  const elementsByPath = {
    ...physicalSchemaElements(schemaTree),
    ...schemaElements,
  }

  /** @type {ByteRange[]} */
  const indexRanges = []
  /** @type {((file: AsyncBuffer) => Promise<void>)[]} */
  const indexTasks = []
  /** @type {{rgIdx: number, groupRows: number, columnPages: Record<string, ColumnPageStats>}[]} */
  const candidateGroups = []
  let groupStart = 0
  metadata.row_groups.forEach((rowGroup, rgIdx) => {
    const groupRows = Number(rowGroup.num_rows)
    const groupEnd = groupStart + groupRows
    const overlaps = groupRows > 0 && groupEnd > rowStart && groupStart < rowEnd
    groupStart = groupEnd
    if (!overlaps) return
    if (canSkipRowGroup({ rowGroup, physicalColumns, filter, strict: filterStrict, bloomFilters: bloomFiltersByGroup?.[rgIdx], schemaElements: elementsByPath })) return

    /** @type {Record<string, ColumnPageStats>} */
    const columnPages = {}
    let columnTaskCount = 0
    const scheduledOffsetPaths = new Set()
    let hasFilterIndex = false
    for (const columnName of filterColumns) {
      const columnIdx = physicalColumns.indexOf(columnName)
      if (columnIdx === -1) continue
      const chunk = rowGroup.columns[columnIdx]
      const meta = chunk?.meta_data
      if (!meta) continue
      if (!chunk.column_index_offset || !chunk.column_index_length) continue
      if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
      const element = elementsByPath[columnName]
      if (!element) continue
      hasFilterIndex = true
      scheduledOffsetPaths.add(columnName)
      const columnIndexStart = Number(chunk.column_index_offset)
      const offsetIndexStart = Number(chunk.offset_index_offset)
      const columnIndexEnd = columnIndexStart + chunk.column_index_length
      const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
      indexRanges.push(
        { startByte: columnIndexStart, endByte: columnIndexEnd },
        { startByte: offsetIndexStart, endByte: offsetIndexEnd }
      )
      columnTaskCount++
      indexTasks.push(async prefetchedFile => {
        const [columnIndexBuffer, offsetIndexBuffer] = await Promise.all([
          prefetchedFile.slice(columnIndexStart, columnIndexEnd),
          prefetchedFile.slice(offsetIndexStart, offsetIndexEnd),
        ])
        const columnIndex = readColumnIndex({ view: new DataView(columnIndexBuffer), offset: 0 }, element, parsers)
        const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 })
        pageLocationsByGroup[rgIdx][columnName] = offsetIndex.page_locations
        columnPages[columnName] = {
          minValues: columnIndex.min_values,
          maxValues: columnIndex.max_values,
          nullPages: columnIndex.null_pages,
          nullCounts: columnIndex.null_counts,
          pageStarts: offsetIndex.page_locations.map(page => Number(page.first_row_index)),
          element,
        }
      })
    }
    // Candidate ranges are shared by every selected column. Load their offset
    // indexes too so the planner can merge ranges that map to the same coarse
    // page instead of fetching and decoding that page more than once.
    if (hasFilterIndex) {
      for (const chunk of rowGroup.columns) {
        const meta = chunk.meta_data
        if (!meta) continue
        const columnName = meta.path_in_schema[0]
        const columnPath = meta.path_in_schema.join('.')
        if (columns && !columns.includes(columnName)) continue
        if (scheduledOffsetPaths.has(columnPath)) continue
        if (!chunk.offset_index_offset || !chunk.offset_index_length) continue
        scheduledOffsetPaths.add(columnPath)
        const offsetIndexStart = Number(chunk.offset_index_offset)
        const offsetIndexEnd = offsetIndexStart + chunk.offset_index_length
        indexRanges.push({ startByte: offsetIndexStart, endByte: offsetIndexEnd })
        columnTaskCount++
        indexTasks.push(async prefetchedFile => {
          const offsetIndexBuffer = await prefetchedFile.slice(offsetIndexStart, offsetIndexEnd)
          const offsetIndex = readOffsetIndex({ view: new DataView(offsetIndexBuffer), offset: 0 })
          pageLocationsByGroup[rgIdx][columnPath] = offsetIndex.page_locations
        })
      }
    }
    if (columnTaskCount) {
      candidateGroups.push({ rgIdx, groupRows, columnPages })
    }
  })

  if (indexTasks.length) {
    const prefetchedFile = prefetchAsyncBuffer(file, { fetches: coalesceByteRanges(indexRanges) })
    await Promise.all(indexTasks.map(task => task(prefetchedFile)))
    for (const { rgIdx, groupRows, columnPages } of candidateGroups) {
      pageRangesByGroup[rgIdx] = filterPageRanges(filter, columnPages, groupRows, filterStrict)
    }
  }
  return { pageRangesByGroup, pageLocationsByGroup }
}

/**
 * Merge overlapping or touching byte ranges. By default no bytes are added;
 * pass maxGap to also merge ranges separated by up to maxGap unrequested bytes,
 * as long as the merged range stays within maxSize.
 *
 * @param {ByteRange[]} ranges
 * @param {number} [maxGap]
 * @param {number} [maxSize]
 * @returns {ByteRange[]}
 */
function coalesceByteRanges(ranges, maxGap = 0, maxSize = Infinity) {
  const sorted = ranges
    .map(range => ({ ...range }))
    .sort((a, b) => a.startByte - b.startByte || a.endByte - b.endByte)
  /** @type {ByteRange[]} */
  const merged = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.startByte <= last.endByte + maxGap && Math.max(last.endByte, range.endByte) - last.startByte <= maxSize) {
      last.endByte = Math.max(last.endByte, range.endByte)
    } else {
      merged.push(range)
    }
  }
  return merged
}

/**
 * Build a lookup from physical paths to leaf schema elements.
 *
 * @param {SchemaTree} schemaTree
 * @returns {Record<string, SchemaElement>}
 */
function physicalSchemaElements(schemaTree) {
  /** @type {Record<string, SchemaElement>} */
  const elements = {}
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) traverse(child)
    } else {
      elements[node.path.join('.')] = node.element
    }
  }
  traverse(schemaTree)
  return elements
}

/**
 * Prefetch byte ranges from an AsyncBuffer.
 *
 * @param {AsyncBuffer} file
 * @param {{fetches: ByteRange[]}} options
 * @returns {AsyncBuffer}
 */
function prefetchAsyncBuffer(file, { fetches }) {
  // fetch byte ranges from the file
  const promises = fetches.map(({ startByte, endByte }) => file.slice(startByte, endByte))
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      // find matching slice
      const index = fetches.findIndex(({ startByte, endByte }) => startByte <= start && end <= endByte)
      if (index < 0) {
        // fallback to direct read
        return file.slice(start, end)
      }
      if (fetches[index].startByte !== start || fetches[index].endByte !== end) {
        // slice a subrange of the prefetch
        const startOffset = start - fetches[index].startByte
        const endOffset = end - fetches[index].startByte
        if (promises[index] instanceof Promise) {
          return promises[index].then(buffer => buffer.slice(startOffset, endOffset))
        } else {
          return promises[index].slice(startOffset, endOffset)
        }
      } else {
        return promises[index]
      }
    },
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/scan.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, BloomFilter, DecodedArray, PageLocation, PageRanges, ParquetScan, ParquetScanOptions, QueryPlan, SchemaElement} from '../src/types.js'
 */

/**
 * @typedef {BaseParquetReadOptions & {
 *   bloomFiltersByGroup?: Record<string, BloomFilter>[],
 *   schemaElements?: Record<string, SchemaElement>,
 *   pageRangesByGroup?: (PageRanges | undefined)[],
 *   pageLocationsByGroup?: Record<string, PageLocation[]>[],
 * }} PreparedParquetReadOptions
 */







/**
 * Prepare a lazy column-oriented scan of a parquet file.
 *
 * The returned ranges are physical, zero-based row ranges in the file. A
 * `pruningFilter` may narrow them using row-group statistics, bloom filters,
 * and page indexes, but does not filter individual values returned by
 * `readColumn`. This makes the scan suitable for query engines that maintain
 * their own row selections while retaining parquet-level I/O pushdown.
 *
 * `columns`, when supplied, limits the columns available to `readColumn`.
 * Columns referenced by `pruningFilter` are included automatically.
 *
 * @param {ParquetScanOptions} options
 * @returns {Promise<ParquetScan>}
 */
async function parquetScan(options) {
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const { pruningFilter, ...readOptions } = options
  let { columns } = readOptions
  if (columns && pruningFilter) {
    const selectedColumns = new Set(columns)
    const extraColumns = columnsNeededForFilter(pruningFilter)
      .filter(column => !selectedColumns.has(column))
    if (extraColumns.length) columns = [...columns, ...extraColumns]
  }
  const preparedOptions = await prepareParquetOptions({
    ...readOptions,
    columns,
    filter: pruningFilter,
    useOffsetIndex: readOptions.useOffsetIndex ?? true,
  })
  const { metadata } = preparedOptions
  if (!metadata) throw new Error('parquet requires metadata')

  const schemaTree = parquetSchema(metadata)
  const availableColumns = new Set(columns ?? schemaTree.children.map(child => child.element.name))
  const plan = parquetPlanGroups(preparedOptions)
  const candidates = plan.groups.flatMap(group => group.ranges.map(([selectStart, selectEnd]) => ({
    rowStart: group.groupStart + selectStart,
    rowEnd: group.groupStart + selectEnd,
    group,
  })))
  const ranges = candidates.map(({ rowStart, rowEnd }) => ({ rowStart, rowEnd }))
  /** @type {Map<string, {rowStart: number, rowEnd: number, data: Promise<DecodedArray>}>} */
  const cache = new Map()

  /**
   * @param {import('../src/types.js').ParquetScanColumnOptions} columnOptions
   * @returns {Promise<DecodedArray>}
   */
  function readColumn({ column, rowStart, rowEnd }) {
    if (!availableColumns.has(column)) {
      throw new Error(`parquet column not found in scan: ${column}`)
    }
    validateRange(rowStart, rowEnd)
    if (rowStart === rowEnd) return Promise.resolve([])
    const candidateIndex = findCandidate(candidates, rowStart, rowEnd)
    if (candidateIndex < 0) {
      throw new RangeError(`parquet row range [${rowStart}, ${rowEnd}) is outside scan ranges`)
    }
    const { group } = candidates[candidateIndex]

    const cached = cache.get(column)
    if (cached && rowStart >= cached.rowStart && rowEnd <= cached.rowEnd) {
      return cached.data.then(data => sliceDecodedArray(
        data,
        rowStart - cached.rowStart,
        rowEnd - cached.rowStart
      ))
    }

    const data = readColumnRange({
      options: preparedOptions,
      schemaTree,
      group,
      column,
      rowStart,
      rowEnd,
    })
    cache.set(column, { rowStart, rowEnd, data })
    return data
  }

  return {
    metadata,
    ranges,
    readColumn,
  }
}

/**
 * Load optional indexes and build the canonical physical read plan.
 * Shared by row-oriented reads and lazy scans so pruning behavior cannot
 * diverge between APIs.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<{options: PreparedParquetReadOptions, plan: QueryPlan}>}
 */
async function scan_prepareParquetRead(options) {
  const prepared = await prepareParquetOptions(options)
  return {
    options: prepared,
    plan: plan_parquetPlan(prepared),
  }
}

/**
 * Load optional indexes and validate read options without planning data reads.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function prepareParquetOptions(options) {
  const metadata = options.metadata ?? await metadata_parquetMetadataAsync(options.file, options)
  const schemaColumns = metadata_parquetSchema(metadata).children.map(child => child.element.name)
  const filterColumns = filter_columnsNeededForFilter(options.filter)
  const missingFilterColumns = filterColumns.filter(column => !schemaColumns.includes(column))
  if (missingFilterColumns.length) {
    throw new Error(`parquet filter columns not found: ${missingFilterColumns.join(', ')}`)
  }

  if (options.columns) {
    const missingColumns = options.columns.filter(column => !schemaColumns.includes(column))
    if (missingColumns.length) throw new Error(`parquet column not found: ${missingColumns[0]}`)
  }

  /** @type {PreparedParquetReadOptions} */
  let prepared = { ...options, metadata }
  prepared = await withBloomFilters(prepared)
  prepared = await withPageIndexes(prepared)
  return prepared
}

/**
 * Read all planned row groups, prefetching their coalesced byte ranges.
 *
 * @param {BaseParquetReadOptions} options
 * @param {QueryPlan} plan
 * @returns {AsyncRowGroup[]}
 */
function scan_readParquetPlan(options, plan) {
  const readOptions = { ...options, file: prefetchAsyncBuffer(options.file, plan) }
  return plan.groups.map(group => readRowGroup(readOptions, plan, group))
}

/**
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {import('../src/types.js').SchemaTree} input.schemaTree
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {Promise<DecodedArray>}
 */
async function readColumnRange({ options, schemaTree, group, column, rowStart, rowEnd }) {
  const columnOptions = {
    ...options,
    columns: [column],
    filter: undefined,
    rowStart,
    rowEnd,
    useBloomFilters: false,
    useOffsetIndex: options.useOffsetIndex ?? true,
    usePageIndex: false,
    pageRangesByGroup: undefined,
  }
  const columnPlan = planCandidateColumn({ options, group, column, rowStart, rowEnd })
  const [asyncGroup] = scan_readParquetPlan(columnOptions, columnPlan)
  if (!asyncGroup) throw new Error('parquet scan range not planned')
  const assembled = assembleAsync(asyncGroup, schemaTree, options.parsers)
  const asyncColumn = assembled.asyncColumns.find(child => child.pathInSchema[0] === column)
  if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
  const result = await asyncColumn.data
  const data = flatten(result.data)
  const selectStart = assembled.selectStart ?? rowStart - assembled.groupStart
  const selectEnd = assembled.selectEnd ?? rowEnd - assembled.groupStart
  return sliceDecodedArray(data, selectStart - result.skipped, selectEnd - result.skipped)
}

/**
 * Build a one-column plan from a retained candidate without scanning the
 * file's row groups again.
 *
 * @param {object} input
 * @param {PreparedParquetReadOptions} input.options
 * @param {ReturnType<typeof parquetPlanGroups>['groups'][number]} input.group
 * @param {string} input.column
 * @param {number} input.rowStart
 * @param {number} input.rowEnd
 * @returns {QueryPlan}
 */
function planCandidateColumn({ options, group, column, rowStart, rowEnd }) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  const localPlan = parquetPlanGroup({
    rowGroup: group.rowGroup,
    groupStart: group.groupStart,
    groupRows: group.groupRows,
    ranges: [[rowStart - group.groupStart, rowEnd - group.groupStart]],
    columns: [column],
    useOffsetIndex: options.useOffsetIndex ?? true,
    pageLocations: group.pageLocations,
  })
  const [localGroupPlan] = localPlan.groups
  if (!localGroupPlan) throw new Error(`parquet column not found: ${column}`)
  return {
    metadata: options.metadata,
    rowStart,
    rowEnd,
    columns: [column],
    fetches: [...localPlan.fetches, ...localPlan.indexes],
    groups: [localGroupPlan],
  }
}

/**
 * Find the one candidate that fully contains a requested non-empty range.
 * Candidates are sorted and disjoint, so lookup is logarithmic.
 *
 * @param {{rowStart: number, rowEnd: number}[]} candidates
 * @param {number} rowStart
 * @param {number} rowEnd
 * @returns {number}
 */
function findCandidate(candidates, rowStart, rowEnd) {
  let low = 0
  let high = candidates.length - 1
  while (low <= high) {
    const middle = Math.floor((low + high) / 2)
    const candidate = candidates[middle]
    if (rowStart < candidate.rowStart) {
      high = middle - 1
    } else if (rowStart >= candidate.rowEnd) {
      low = middle + 1
    } else {
      return rowEnd <= candidate.rowEnd ? middle : -1
    }
  }
  return -1
}

/**
 * @param {number} rowStart
 * @param {number} rowEnd
 */
function validateRange(rowStart, rowEnd) {
  if (!Number.isSafeInteger(rowStart) || rowStart < 0) {
    throw new RangeError('parquet rowStart must be a non-negative safe integer')
  }
  if (!Number.isSafeInteger(rowEnd) || rowEnd < rowStart) {
    throw new RangeError('parquet rowEnd must be a safe integer greater than or equal to rowStart')
  }
}

/**
 * Return an exact view over decoded values. Typed arrays retain a zero-copy
 * subarray while ordinary arrays use their native slice.
 *
 * @param {DecodedArray} data
 * @param {number} start
 * @param {number} end
 * @returns {DecodedArray}
 */
function sliceDecodedArray(data, start, end) {
  if (start === 0 && end === data.length) return data
  return Array.isArray(data) ? data.slice(start, end) : data.subarray(start, end)
}

/**
 * Conditionally fetch bloom filters and attach them to planner options.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withBloomFilters(options) {
  if (!options.useBloomFilters || !options.filter || !options.metadata) return options
  const schemaTree = metadata_parquetSchema(options.metadata)
  /** @type {Record<string, SchemaElement>} */
  const schemaElements = {}
  for (const child of schemaTree.children) schemaElements[child.element.name] = child.element
  const bloomFiltersByGroup = await prefetchBloomFilters({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
  })
  return { ...options, bloomFiltersByGroup, schemaElements }
}

/**
 * Conditionally fetch page indexes and attach candidate ranges and layouts.
 *
 * @param {PreparedParquetReadOptions} options
 * @returns {Promise<PreparedParquetReadOptions>}
 */
async function withPageIndexes(options) {
  if (!options.usePageIndex || !options.filter || !options.metadata) return options
  const { pageRangesByGroup, pageLocationsByGroup } = await prefetchPageIndexes({
    file: options.file,
    metadata: options.metadata,
    filter: options.filter,
    filterStrict: options.filterStrict,
    rowStart: options.rowStart,
    rowEnd: options.rowEnd,
    columns: options.columns,
    bloomFiltersByGroup: options.bloomFiltersByGroup,
    schemaElements: options.schemaElements,
    parsers: options.parsers,
  })
  return { ...options, pageRangesByGroup, pageLocationsByGroup }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/read.js
/**
 * @import {AsyncRowGroup, BaseParquetReadOptions, DecodedArray, ParquetReadOptions, ParquetRow} from '../src/types.js'
 */








/**
 * Symbol for the absolute, zero-based physical position of an object row.
 * @type {typeof import('../src/types.js').rowIndex}
 */
// eslint-disable-next-line no-extra-parens
const rowIndex = /** @type {typeof import('../src/types.js').rowIndex} */ (Symbol('rowIndex'))

/**
 * Read parquet data rows from a file-like object.
 * Reads the minimal number of row groups and columns to satisfy the request.
 *
 * Returns a void promise when complete.
 * Errors are thrown on the returned promise.
 * Data is returned in callbacks onComplete, onChunk, onPage, NOT the return promise.
 * See parquetReadObjects for a more convenient API.
 *
 * @param {ParquetReadOptions} options read options
 * @returns {Promise<void>} resolves when all requested rows and columns are parsed, all errors are thrown here
 */
async function parquetRead(options) {
  // load metadata if not provided
  options.metadata ??= await metadata_parquetMetadataAsync(options.file, options)

  const { rowStart = 0, rowEnd, columns, onChunk, onComplete, rowFormat, filter, filterStrict = true } = options

  // Filter requires object format to match column names
  if (filter && rowFormat !== 'object') {
    throw new Error('parquet filter requires rowFormat: "object"')
  }

  if (options.includeRowIndex && rowFormat !== 'object') {
    throw new Error('parquet includeRowIndex requires rowFormat: "object"')
  }

  const filterColumns = filter_columnsNeededForFilter(filter)
  let readColumns = columns
  if (columns && filterColumns.length) {
    const selectedColumns = new Set(columns)
    const extraColumns = filterColumns.filter(column => !selectedColumns.has(column))
    if (extraColumns.length) readColumns = [...columns, ...extraColumns]
  }
  const readOptions = readColumns === columns ? options : { ...options, columns: readColumns }
  const prepared = await scan_prepareParquetRead(readOptions)
  const preparedOptions = prepared.options
  const requiresProjection = readColumns !== columns
  const asyncGroups = scan_readParquetPlan(preparedOptions, prepared.plan)

  // skip assembly if no onComplete or onChunk, but wait for reading to finish
  if (!onComplete && !onChunk) {
    await awaitAllColumns(asyncGroups)
    return
  }

  // assemble struct columns
  if (!preparedOptions.metadata) throw new Error('parquet requires metadata')
  const schemaTree = metadata_parquetSchema(preparedOptions.metadata)
  const assembled = asyncGroups.map(arg => rowgroup_assembleAsync(arg, schemaTree, options.parsers))

  // onChunk emit all chunks (don't await). Rejection is surfaced by awaitAllColumns below.
  if (onChunk) {
    for (const asyncGroup of assembled) {
      for (const asyncColumn of asyncGroup.asyncColumns) {
        asyncColumn.data.then(({ data, skipped }) => {
          let rowStart = asyncGroup.groupStart + skipped
          for (const columnData of data) {
            onChunk({
              columnName: asyncColumn.pathInSchema[0],
              columnData,
              rowStart,
              rowEnd: rowStart + columnData.length,
            })
            rowStart += columnData.length
          }
        }, () => {})
      }
    }
  }

  // onComplete transpose column chunks to rows
  if (onComplete) {
    // wait for all reads to settle so a sibling rejection cannot leak
    await awaitAllColumns(assembled)
    // loosen the types to avoid duplicate code
    /** @type {any[]} */
    const rows = []
    for (const asyncGroup of assembled) {
      // filter to rows in range (the plan may have narrowed the selection to
      // a sub-range of the group via page index pushdown)
      const selectStart = asyncGroup.selectStart ?? Math.max(rowStart - asyncGroup.groupStart, 0)
      const selectEnd = asyncGroup.selectEnd ?? Math.min((rowEnd ?? Infinity) - asyncGroup.groupStart, asyncGroup.groupRows)
      // transpose column chunks to rows in output
      const groupData = rowFormat === 'object' ?
        await asyncGroupToRows(asyncGroup, selectStart, selectEnd, readColumns, 'object') :
        await asyncGroupToRows(asyncGroup, selectStart, selectEnd, columns, 'array')

      // Attach positions before filtering compacts rows. selectStart accounts
      // for both requested ranges and page-index pruning within the group.
      if (options.includeRowIndex) {
        for (let i = 0; i < groupData.length; i++) {
          Object.defineProperty(groupData[i], rowIndex, {
            value: asyncGroup.groupStart + selectStart + i,
          })
        }
      }

      // Apply filter and projection
      if (filter) {
        // eslint-disable-next-line no-extra-parens
        for (const row of /** @type {Record<string, any>[]} */ (groupData)) {
          if (matchFilter(row, filter, filterStrict)) {
            if (requiresProjection && columns) {
              for (const col of filterColumns) {
                if (!columns.includes(col)) delete row[col]
              }
            }
            rows.push(row)
          }
        }
      } else {
        utils_concat(rows, groupData)
      }
    }
    onComplete(rows)
  } else {
    // wait for all async groups to finish (complete takes care of this)
    await awaitAllColumns(assembled)
  }
}

/**
 * Await every column promise across the given row groups via Promise.allSettled
 * so no rejection escapes as an unhandledRejection. Throws the first rejection.
 *
 * @param {AsyncRowGroup[]} asyncGroups
 * @returns {Promise<void>}
 */
async function awaitAllColumns(asyncGroups) {
  const all = asyncGroups.flatMap(g => g.asyncColumns.map(c => c.data))
  const results = await Promise.allSettled(all)
  const failed = results.find(r => r.status === 'rejected')
  if (failed) throw failed.reason
}

/**
 * @param {ParquetReadOptions} options read options
 * @returns {AsyncRowGroup[]}
 */
function parquetReadAsync(options) {
  if (!options.metadata) throw new Error('parquet requires metadata')
  // TODO: validate options (start, end, columns, etc)
  return readParquetPlan(options, parquetPlan(options))
}

/**
 * Reads a single column from a parquet file.
 *
 * @param {BaseParquetReadOptions} options
 * @returns {Promise<DecodedArray>}
 */
async function parquetReadColumn(options) {
  if (options.columns?.length !== 1) {
    throw new Error('parquetReadColumn expected columns: [columnName]')
  }
  options.metadata ??= await parquetMetadataAsync(options.file, options)
  const column = options.columns[0]
  const prepared = await prepareParquetRead(options)
  const asyncGroups = readParquetPlan(prepared.options, prepared.plan)
  if (!prepared.options.metadata) throw new Error('parquet requires metadata')
  const schemaTree = parquetSchema(prepared.options.metadata)
  const assembled = asyncGroups.map(group => assembleAsync(group, schemaTree, options.parsers))

  // Keep one plan for the whole column so reads can be prefetched together.
  await awaitAllColumns(assembled)
  /** @type {DecodedArray} */
  const columnData = []
  for (const group of assembled) {
    const asyncColumn = group.asyncColumns.find(candidate => candidate.pathInSchema[0] === column)
    if (!asyncColumn) throw new Error(`parquet column not found: ${column}`)
    const { data } = await asyncColumn.data
    for (const chunk of data) concat(columnData, chunk)
  }
  return columnData
}

/**
 * This is a helper function to read parquet row data as a promise.
 * It is a wrapper around the more configurable parquetRead function.
 *
 * @param {Omit<ParquetReadOptions, 'onComplete'>} options
 * @returns {Promise<ParquetRow[]>} resolves when all requested rows and columns are parsed
 */
function parquetReadObjects(options) {
  return new Promise((onComplete, reject) => {
    parquetRead({
      ...options,
      rowFormat: 'object', // force object output
      onComplete,
    }).catch(reject)
  })
}

;// CONCATENATED MODULE: ./src/io/parquet.ts
/**
 * Parquet files through hyparquet (pure JavaScript: no native or WebAssembly build step). Only the
 * requested columns' chunks are read. Each decoded chunk is copied straight into the column's
 * final typed array at its row offset and then dropped, so the decoded file is never held twice.
 *
 * Types come from the Parquet schema, not inference: DOUBLE, FLOAT, DECIMAL → number; INT32,
 * INT64 (and the INT/UINT annotations) → integer, except an INT64 column holding a value beyond
 * ±2^53, which becomes text (its exact decimal digits) as in CSV inference; BOOLEAN → boolean;
 * DATE, TIMESTAMP (any unit), INT96 → datetime (ms since the epoch, UTC); BYTE_ARRAY (UTF-8) →
 * string. Nested columns (struct, list, map) are not supported. An explicit type from the
 * caller is applied to the values strictly, as for CSV.
 */






/** Timestamps and dates as plain numbers (ms since the epoch) rather than Date objects. */
const PARSERS = {
    timestampFromMilliseconds: (v) => (v === null || v === undefined ? null : Number(v)),
    timestampFromMicroseconds: (v) => (v === null || v === undefined ? null : Number(v) / 1e3),
    timestampFromNanoseconds: (v) => (v === null || v === undefined ? null : Number(v) / 1e6),
    dateFromDays: (v) => (v === null || v === undefined ? null : v * 86400000),
};
async function loadParquet(path, source, options) {
    const file = options.gzip ? await gunzippedBuffer(path, source) : await asyncBufferFromFile(path);
    let metadata;
    try {
        metadata = await metadata_parquetMetadataAsync(file);
    }
    catch (error) {
        throw invalidParquet(error, source);
    }
    const fields = metadata_parquetSchema(metadata).children;
    const names = fields.map((f) => f.element.name);
    const wanted = [...new Set(options.columns ?? names)];
    for (const name of wanted)
        if (!names.includes(name))
            throw missingColumnError(source, name, names);
    const rowCount = Number(metadata.num_rows);
    if (rowCount === 0 && !options.allowEmpty)
        throw new DataError('has no data rows', { file: source });
    const missing = new MissingValues(options.nullValues);
    const sinks = new Map();
    for (const name of wanted) {
        const field = fields.find((f) => f.element.name === name);
        if (field.children.length > 0) {
            throw new DataError('is a nested column (struct, list or map), which cannot be read as a table column', { file: source, column: name });
        }
        const natural = naturalType(field.element);
        if (natural === undefined) {
            throw new DataError(`has a Parquet type this reader does not support (${describeType(field.element)})`, { file: source, column: name });
        }
        const forced = options.types?.[name];
        const sink = forced === undefined || forced === natural || (forced === 'number' && natural === 'integer')
            ? new TypedSink(name, forced ?? natural, rowCount, source)
            : new ConvertingSink(name, natural, new ColumnBuilder(name, source, missing, forced));
        sinks.set(name, sink);
    }
    // hyparquet calls onChunk inside promise callbacks whose rejections it ignores: never throw
    // there; keep the first error and rethrow it once the read is complete.
    let failure;
    try {
        await parquetRead({
            file,
            metadata,
            columns: wanted,
            parsers: PARSERS,
            onChunk: ({ columnName, columnData, rowStart }) => {
                if (failure !== undefined)
                    return;
                try {
                    sinks.get(columnName)?.add(columnData, rowStart);
                }
                catch (error) {
                    failure = error;
                }
            },
        });
    }
    catch (error) {
        throw invalidParquet(error, source);
    }
    if (failure !== undefined)
        throw failure;
    const columns = new Map();
    for (const [name, sink] of sinks) {
        if (sink instanceof TypedSink && sink.beyondExactIntegers) {
            columns.set(name, await readIntegersAsText(file, metadata, name, source));
        }
        else {
            columns.set(name, sink.finish());
        }
    }
    return { source, rowCount, columns: (options.columns ?? names).map((name) => columns.get(name)) };
}
/** The Parquet type as a column type, or undefined when unsupported. */
function naturalType(element) {
    const converted = element.converted_type;
    const logical = element.logical_type?.type;
    if (converted === 'DATE' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
        return 'datetime';
    if (logical === 'DATE' || logical === 'TIMESTAMP' || element.type === 'INT96')
        return 'datetime';
    if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16')
        return 'number';
    if (converted === 'JSON' || converted === 'BSON' || converted === 'INTERVAL' || logical === 'GEOMETRY' || logical === 'GEOGRAPHY' || logical === 'VARIANT')
        return undefined;
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return converted === 'TIME_MILLIS' || converted === 'TIME_MICROS' || logical === 'TIME' ? undefined : 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        case 'BYTE_ARRAY':
        case 'FIXED_LEN_BYTE_ARRAY':
            return 'string';
        default:
            return undefined;
    }
}
function describeType(element) {
    return [element.type, element.converted_type, element.logical_type?.type].filter((t) => t !== undefined).join(' / ');
}
/** Values of the column's own type, written at their row offsets into a preallocated array. */
class TypedSink {
    name;
    type;
    source;
    beyondExactIntegers = false;
    values;
    codes;
    index = new Map();
    dictionary = [];
    constructor(name, type, rowCount, source) {
        this.name = name;
        this.type = type;
        this.source = source;
        if (type === 'string')
            this.codes = new Int32Array(rowCount).fill(-1);
        else
            this.values = new Float64Array(rowCount).fill(NaN);
    }
    add(chunk, rowStart) {
        if (this.codes !== undefined)
            return this.addText(chunk, rowStart);
        const values = this.values;
        if (chunk instanceof Float64Array || chunk instanceof Float32Array || chunk instanceof Int32Array || chunk instanceof Uint32Array) {
            values.set(chunk, rowStart);
            return;
        }
        const n = chunk.length;
        for (let i = 0; i < n; i++) {
            const v = chunk[i];
            if (v === null || v === undefined)
                continue;
            if (typeof v === 'number')
                values[rowStart + i] = v;
            else if (typeof v === 'bigint') {
                const x = Number(v);
                if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER)
                    this.beyondExactIntegers = true;
                values[rowStart + i] = x;
            }
            else if (typeof v === 'boolean')
                values[rowStart + i] = v ? 1 : 0;
            else if (v instanceof Date)
                values[rowStart + i] = v.getTime();
            else
                throw unsupportedValue(v, this.source, this.name, rowStart + i + 1);
        }
    }
    addText(chunk, rowStart) {
        const codes = this.codes;
        const n = chunk.length;
        for (let i = 0; i < n; i++) {
            let v = chunk[i];
            if (v === null || v === undefined)
                continue;
            if (v instanceof Uint8Array)
                v = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
            if (typeof v !== 'string')
                throw unsupportedValue(v, this.source, this.name, rowStart + i + 1);
            let code = this.index.get(v);
            if (code === undefined) {
                code = this.dictionary.length;
                this.index.set(v, code);
                this.dictionary.push(v);
            }
            codes[rowStart + i] = code;
        }
    }
    finish() {
        let nullCount = 0;
        if (this.codes !== undefined) {
            for (const c of this.codes)
                if (c < 0)
                    nullCount++;
            return { name: this.name, type: 'string', codes: this.codes, dictionary: this.dictionary, nullCount };
        }
        for (const v of this.values)
            if (v !== v)
                nullCount++;
        if (this.type === 'string')
            throw new Error('unreachable');
        return { name: this.name, type: this.type, values: this.values, nullCount };
    }
}
/** A column read with an explicit type that differs from its Parquet type: strict conversion. */
class ConvertingSink {
    name;
    natural;
    builder;
    chunks = [];
    constructor(name, natural, builder) {
        this.name = name;
        this.natural = natural;
        this.builder = builder;
    }
    add(chunk, rowStart) {
        this.chunks.push({ rowStart, chunk });
    }
    finish() {
        this.chunks.sort((a, b) => a.rowStart - b.rowStart);
        for (const { chunk } of this.chunks) {
            for (let i = 0; i < chunk.length; i++)
                this.builder.addValue(this.plain(chunk[i]));
        }
        return this.builder.finish();
    }
    /** A value ColumnBuilder understands: datetimes as ISO text, bigints as numbers or text. */
    plain(v) {
        if (v === null || v === undefined)
            return null;
        if (typeof v === 'bigint')
            return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
        if (v instanceof Uint8Array)
            return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
        if (this.natural === 'datetime' && typeof v === 'number')
            return new Date(v).toISOString();
        if (v instanceof Date)
            return v.toISOString();
        return v;
    }
}
/** An INT64 column with values beyond ±2^53, as text holding each integer's exact digits. */
async function readIntegersAsText(file, metadata, name, source) {
    const codes = new Int32Array(Number(metadata.num_rows)).fill(-1);
    const index = new Map();
    const dictionary = [];
    try {
        await parquetRead({
            file,
            metadata,
            columns: [name],
            onChunk: ({ columnData, rowStart }) => {
                for (let i = 0; i < columnData.length; i++) {
                    const v = columnData[i];
                    if (v === null || v === undefined)
                        continue;
                    const text = String(v);
                    let code = index.get(text);
                    if (code === undefined) {
                        code = dictionary.length;
                        index.set(text, code);
                        dictionary.push(text);
                    }
                    codes[rowStart + i] = code;
                }
            },
        });
    }
    catch (error) {
        throw invalidParquet(error, source);
    }
    let nullCount = 0;
    for (const c of codes)
        if (c < 0)
            nullCount++;
    return { name, type: 'string', codes, dictionary, nullCount };
}
function unsupportedValue(v, source, column, row) {
    const what = Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
    return new DataError(`holds ${what}, which cannot be read as a table value`, { file: source, column, row });
}
async function gunzippedBuffer(path, source) {
    const bytes = await readAll(path, source, true);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    return { byteLength: buffer.byteLength, slice: (start, end) => buffer.slice(start, end) };
}
function invalidParquet(error, source) {
    if (error instanceof DataError)
        return error;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return new DataError(`is not a valid Parquet file (${message})`, { file: source });
}

;// CONCATENATED MODULE: ./src/io/load.ts






/** Reads the file at `path` (relative to the working directory). `Table.source` is `path`. */
async function loadTable(path, options = {}) {
    const { format, gzip } = detectFormat(path, options.format);
    await statFile(path, path);
    switch (format) {
        case 'csv':
        case 'tsv':
            return loadDelimited(path, path, { ...options, gzip, delimiter: options.delimiter ?? defaultDelimiter(format) });
        case 'json':
            return loadJson(path, path, { ...options, gzip });
        case 'jsonl':
            return loadJsonLines(path, path, { ...options, gzip });
        case 'parquet':
            return loadParquet(path, path, { ...options, gzip });
    }
}

;// CONCATENATED MODULE: ./src/io/glob.ts
/**
 * File inputs accept a path or a glob: `*` (any run of characters within one path segment),
 * `?` (one character), `[abc]` / `[a-z]` / `[!a-z]` (a character class), `**` (zero or more
 * directories) and `\` (take the next character literally). As in a shell, wildcards do not
 * match a leading `.` unless the pattern segment starts with one. Only files are returned, sorted,
 * spelled the way the pattern is (relative stays relative to `cwd`).
 */



function hasGlobMagic(pattern) {
    return /[*?[]/.test(pattern);
}
/**
 * The files `pattern` names: itself when it has no wildcard (whether or not it exists: the
 * loader then reports a missing file precisely), else every matching file; none is a DataError.
 */
function expandFileInput(pattern, cwd = process.cwd()) {
    if (!hasGlobMagic(pattern))
        return [pattern];
    const absolute = pattern.startsWith('/');
    const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
    if (absolute)
        segments.shift();
    const results = new Set();
    walk(absolute ? '/' : cwd, absolute ? '/' : '', segments, 0, results);
    if (results.size === 0)
        throw new DataError(`no file matches "${pattern}"`, {});
    return [...results].sort();
}
function walk(directory, prefix, segments, index, out) {
    const segment = segments[index];
    const last = index === segments.length - 1;
    if (segment === '**') {
        if (last) {
            collectFiles(directory, prefix, out);
            return;
        }
        walk(directory, prefix, segments, index + 1, out);
        for (const entry of listDirectory(directory)) {
            if (entry.startsWith('.'))
                continue;
            const path = (0,external_node_path_namespaceObject.join)(directory, entry);
            if (isDirectory(path))
                walk(path, prefix + entry + '/', segments, index, out);
        }
        return;
    }
    if (!hasGlobMagic(segment)) {
        const name = unescapeLiteral(segment);
        const path = (0,external_node_path_namespaceObject.join)(directory, name);
        if (last) {
            if (isFile(path))
                out.add(prefix + name);
        }
        else if (isDirectory(path)) {
            walk(path, prefix + name + '/', segments, index + 1, out);
        }
        return;
    }
    const matcher = segmentPattern(segment);
    for (const entry of listDirectory(directory)) {
        if (entry.startsWith('.') && !segment.startsWith('.'))
            continue;
        if (!matcher.test(entry))
            continue;
        const path = (0,external_node_path_namespaceObject.join)(directory, entry);
        if (last) {
            if (isFile(path))
                out.add(prefix + entry);
        }
        else if (isDirectory(path)) {
            walk(path, prefix + entry + '/', segments, index + 1, out);
        }
    }
}
function collectFiles(directory, prefix, out) {
    for (const entry of listDirectory(directory)) {
        if (entry.startsWith('.'))
            continue;
        const path = (0,external_node_path_namespaceObject.join)(directory, entry);
        if (isFile(path))
            out.add(prefix + entry);
        else if (isDirectory(path))
            collectFiles(path, prefix + entry + '/', out);
    }
}
/** A regular expression for one path segment of a glob. */
function segmentPattern(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            source += escapeRegExp(segment[++i]);
        }
        else if (c === '*') {
            source += '[^/]*';
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close === -1) {
                source += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
            i = close;
        }
        else {
            source += escapeRegExp(c);
        }
    }
    return new RegExp(`^${source}$`, 'u');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function unescapeLiteral(segment) {
    return segment.replace(/\\(.)/g, '$1');
}
function listDirectory(directory) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(directory);
    }
    catch {
        return [];
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/io/index.ts
/** The data-loading layer: files → columnar tables. */





;// CONCATENATED MODULE: ./src/predictions/labels.ts
/** Class labels: their order, recoding a column to class codes, and the positive class. */

/** Numbers in numeric order, otherwise text order — the order numpy's unique gives scikit-learn. */
function labels_sortLabels(labels) {
    const unique = [...new Set(labels)];
    const numeric = unique.every((l) => l.trim() !== '' && Number.isFinite(Number(l)));
    return numeric ? unique.sort((a, b) => Number(a) - Number(b)) : unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * A column's label codes (its own dictionary) → codes into `labels`. A value outside `labels` is
 * a DataError naming file, column and row; `hint` is appended to that message.
 */
function recodeLabels(table, column, source, labels, hint) {
    const index = new Map(labels.map((l, i) => [l, i]));
    const numericLabels = labels.every((l) => Number.isFinite(Number(l)));
    const mapping = source.dictionary.map((d) => index.get(d) ?? (numericLabels ? index.get(String(Number(d))) : undefined) ?? -1);
    const out = new Int32Array(source.codes.length);
    for (let i = 0; i < out.length; i++) {
        const code = mapping[source.codes[i]];
        if (code < 0) {
            throw new DataError(`label "${source.dictionary[source.codes[i]]}" is not one of the classes (${labels.join(', ')})${hint}`, { file: table.source, column, row: i + 1 });
        }
        out[i] = code;
    }
    return out;
}
/** The positive class of a binary task, with the reason; scikit-learn's pos_label=1 convention. */
function choosePositive(labels, given, file) {
    if (given !== undefined) {
        const index = labels.indexOf(given);
        if (index < 0)
            throw new DataError(`positive-label "${given}" is not one of the classes (${labels.join(', ')})`, { file });
        return { positive: index, positiveReason: 'given by positive-label' };
    }
    for (const candidate of ['1', 'true', 'True', 'TRUE']) {
        const index = labels.indexOf(candidate);
        if (index >= 0 && labels.every((l) => ['0', '1', '-1', 'true', 'false', 'True', 'False', 'TRUE', 'FALSE'].includes(l))) {
            return { positive: index, positiveReason: `the labels are ${labels.join('/')}` };
        }
    }
    throw new DataError(`cannot tell the positive class among ${labels.map((l) => `"${l}"`).join(', ')}: set positive-label`, { file });
}

;// CONCATENATED MODULE: ./src/predictions/probabilities.ts
/** Per-class probability columns named by a glob (`proba_*`), validated row by row. */


/** Per-row probabilities must sum to 1 within this. */
const PROBABILITY_SUM_TOLERANCE = 1e-6;
/** Columns matching a glob such as `proba_*`; the class label is what the `*` matched. */
function probabilities_matchScoreColumns(table, glob) {
    const [prefix, ...rest] = glob.split('*');
    const suffix = rest.join('*');
    const matched = columnNames(table)
        .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length)
        .map((name) => ({ column: name, label: name.slice(prefix.length, name.length - suffix.length) }));
    if (matched.length === 0) {
        throw new DataError(`no column matches score-columns "${glob}"; the columns are ${columnNames(table).join(', ')}`, { file: table.source });
    }
    return matched;
}
/**
 * One Float64Array per label, in `labels` order. Every value must lie in [0, 1] and every row sum
 * to 1 within {@link PROBABILITY_SUM_TOLERANCE}; otherwise a DataError naming the row.
 */
function readProbabilities(table, columns, labels) {
    const byLabel = new Map(columns.map((c) => [c.label, c.column]));
    const missing = labels.filter((l) => !byLabel.has(l));
    if (missing.length > 0) {
        throw new DataError(`no probability column for class ${missing.map((l) => `"${l}"`).join(', ')}`, { file: table.source });
    }
    const arrays = labels.map((label) => {
        const name = byLabel.get(label);
        const values = numericValues(table, name);
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (!(v >= 0 && v <= 1)) {
                throw new DataError(Number.isNaN(v) ? 'the probability is missing' : `probability ${v} is outside [0, 1]`, { file: table.source, column: name, row: i + 1 });
            }
        }
        return values;
    });
    for (let i = 0; i < table.rowCount; i++) {
        let sum = 0;
        for (const a of arrays)
            sum += a[i];
        if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
            throw new DataError(`the class probabilities sum to ${sum}, not 1 (tolerance ${PROBABILITY_SUM_TOLERANCE})`, { file: table.source, row: i + 1 });
        }
    }
    return arrays;
}

;// CONCATENATED MODULE: ./src/predictions/prepare.ts
/**
 * A predictions table → the typed arrays the metrics take, with the task decided and every
 * row-level problem reported as a DataError naming the file, column and row.
 */






/** Loads a predictions file (every format loadTable reads) and prepares it. */
async function readPredictions(path, columns, options = {}) {
    const table = await loadTable(path, { nullValues: options.nullValues });
    return preparePredictions(table, columns, {});
}
function preparePredictions(table, columns, overrides = {}) {
    const truth = table_getColumn(table, columns.labelColumn);
    const predicted = table_getColumn(table, columns.predictionColumn);
    requireNoMissing(table, truth);
    requireNoMissing(table, predicted);
    const slices = columns.sliceColumns.map((name) => sliceColumn(table_getColumn(table, name)));
    const { task, reason } = overrides.task ?? decideTask(columns.task, truth, predicted);
    if (task === 'regression') {
        return {
            task,
            taskReason: reason,
            rows: table.rowCount,
            slices,
            yTrue: numericValues(table, columns.labelColumn),
            yPred: numericValues(table, columns.predictionColumn),
        };
    }
    return prepareClassification(table, columns, overrides.labels, task, reason, truth, predicted, slices);
}
function requireNoMissing(table, column) {
    if (column.nullCount === 0)
        return;
    const row = firstMissingRow(column);
    throw new DataError('the value is missing (every row needs a label and a prediction)', { file: table.source, column: column.name, row });
}
function firstMissingRow(column) {
    if (isNumeric(column))
        return column.values.findIndex((v) => Number.isNaN(v)) + 1;
    return column.codes.indexOf(-1) + 1;
}
/**
 * The class labels of a file, before recoding: the labels input, else the probability columns'
 * classes, else the true labels found — sorted as scikit-learn sorts them.
 */
function classLabelsOf(table, columns) {
    const probabilityColumns = columns.scoreColumns ? matchScoreColumns(table, columns.scoreColumns) : [];
    const declared = columns.labels.length > 0 ? columns.labels : probabilityColumns.map((c) => c.label);
    return sortLabels(declared.length > 0 ? declared : labelCodes(getColumn(table, columns.labelColumn)).dictionary);
}
function prepareClassification(table, columns, givenLabels, task, taskReason, truth, predicted, slices) {
    const probabilityColumns = columns.scoreColumns ? probabilities_matchScoreColumns(table, columns.scoreColumns) : [];
    const truthLabels = table_labelCodes(truth);
    const predictedLabels = table_labelCodes(predicted);
    const declared = columns.labels.length > 0 ? columns.labels : probabilityColumns.map((c) => c.label);
    const labels = givenLabels ? [...givenLabels] : labels_sortLabels(declared.length > 0 ? declared : truthLabels.dictionary);
    if (new Set(labels).size !== labels.length)
        throw new DataError('the class labels are not distinct', { file: table.source });
    const hint = columns.labels.length > 0 || probabilityColumns.length > 0 ? '' : ' (if the class is absent from the true labels by chance, list every class in the labels input)';
    const yTrue = recodeLabels(table, truth.name, truthLabels, labels, '');
    const yPred = recodeLabels(table, predicted.name, predictedLabels, labels, hint);
    if (task === 'binary' && labels.length > 2) {
        throw new DataError(`the task is binary but there are ${labels.length} classes (${labels.join(', ')})`, { file: table.source });
    }
    const base = { task, taskReason, rows: table.rowCount, slices, labels, yTrue, yPred };
    const probabilities = probabilityColumns.length > 0 ? readProbabilities(table, probabilityColumns, labels) : undefined;
    if (task === 'multiclass')
        return { ...base, probabilities };
    const { positive, positiveReason } = choosePositive(labels, columns.positiveLabel, table.source);
    let score;
    if (columns.scoreColumn) {
        score = numericValues(table, columns.scoreColumn);
        const missing = score.findIndex((v) => Number.isNaN(v));
        if (missing >= 0)
            throw new DataError('the score is missing', { file: table.source, column: columns.scoreColumn, row: missing + 1 });
    }
    else if (probabilities && positive >= 0) {
        score = probabilities[positive];
    }
    return { ...base, positive, positiveReason, score, probabilities };
}
function sliceColumn(column) {
    const { codes, dictionary } = table_labelCodes(column);
    return { name: column.name, codes, values: dictionary };
}

;// CONCATENATED MODULE: ./src/report/verdict-line.ts
const VERDICT_ICON = { pass: '✅', warn: '⚠️', fail: '❌', error: '🛑' };
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌', inconclusive: '❔', skipped: '⏭️', error: '🛑' };
function verdictIcon(verdict) {
    return VERDICT_ICON[verdict];
}
function statusIcon(status) {
    return STATUS_ICON[status];
}
/** "3 of 4 gates passed, 1 failed" — counts by status, in a fixed order. */
function gateTally(gates) {
    if (gates.length === 0)
        return 'no gates set';
    const order = ['fail', 'error', 'inconclusive', 'warn', 'skipped'];
    const passed = gates.filter((g) => g.status === 'pass').length;
    const others = order
        .map((s) => [s, gates.filter((g) => g.status === s).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s === 'fail' ? 'failed' : s === 'warn' ? 'warned' : s}`);
    return [`${passed} of ${gates.length} gate${gates.length === 1 ? '' : 's'} passed`, ...others].join(', ');
}
/** The line a reader takes in at a glance: icon, action, verdict in words, a short why. */
function verdictLine(title, verdict, detail) {
    return `${VERDICT_ICON[verdict]} **${title}: ${verdict.toUpperCase()}** — ${detail}`;
}

;// CONCATENATED MODULE: ./src/report/gates-table.ts



/** The gates table, failures first (a reader looks for what broke). */
function gatesTable(gates) {
    if (gates.length === 0)
        return undefined;
    const rank = { error: 0, fail: 1, inconclusive: 2, warn: 3, skipped: 4, pass: 5 };
    const sorted = [...gates].sort((a, b) => rank[a.status] - rank[b.status]);
    return table(['', 'Gate', 'Observed', 'Status', 'Detail'], sorted.map((g) => [statusIcon(g.status), code(g.id), formatNumber(g.observed), g.status, escapeText(g.message)]), ['c', 'l', 'r', 'l', 'l']);
}

;// CONCATENATED MODULE: ./src/actions/evaluate-model/render.ts
/** The evaluate-model report, derived from the result object alone. */




/** Slices listed per column before the rest is folded into a count. */
const MAX_SLICE_ROWS = 30;
/** The metrics a slice table shows, per task. */
const SLICE_METRICS = {
    binary: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc'],
    multiclass: ['accuracy', 'balanced_accuracy', 'f1_macro'],
    regression: ['mae', 'rmse', 'r2'],
};
function renderEvaluateModel(result, common) {
    const title = common.name ? `Model evaluation — ${escapeText(common.name)}` : 'Model evaluation';
    const summary = `${gateTally(result.gates)} · ${result.task} · ${formatCount(result.rows)} rows`;
    return blocks(verdictLine(title, result.verdict, summary), gatesTable(result.gates), heading(3, 'Metrics'), metricsTable(result), result.confusionMatrix && result.labels ? confusionTable(result.confusionMatrix, result.labels) : undefined, slicesSection(result), settingsSection(result));
}
function metricsTable(result) {
    const confidence = `${formatPercent(result.settings.confidence)} interval`;
    const rows = Object.entries(result.metrics).map(([name, m]) => [code(name), formatNumber(m.value), formatInterval(m.ci), escapeText(intervalNote(m))]);
    return table(['Metric', 'Value', confidence, 'Interval method'], rows, ['l', 'r', 'c', 'l']);
}
function intervalNote(m) {
    if (m.note)
        return m.ciMethod ? `${m.ciMethod}; ${m.note}` : m.note;
    return m.ciMethod ?? '—';
}
function confusionTable(matrix, labels) {
    const header = ['true ↓ / predicted →', ...labels.map((l) => l)];
    const rows = matrix.map((row, i) => [`**${escapeText(labels[i])}**`, ...row.map((n, j) => (i === j ? `**${formatCount(n)}**` : formatCount(n)))]);
    const body = table(header, rows, ['l', ...labels.map(() => 'r')]);
    return labels.length <= 12 ? blocks(heading(3, 'Confusion matrix'), body) : details(`Confusion matrix (${labels.length} classes)`, body);
}
function slicesSection(result) {
    const columns = Object.keys(result.slices);
    if (columns.length === 0)
        return undefined;
    const metrics = SLICE_METRICS[result.task];
    const parts = [heading(3, 'Slices')];
    for (const column of columns) {
        const entries = Object.entries(result.slices[column]).sort((a, b) => b[1].rows - a[1].rows);
        const rows = entries.slice(0, MAX_SLICE_ROWS).map(([value, s]) => [escapeText(value), formatCount(s.rows), ...metrics.map((m) => formatNumber(s.metrics[m]?.value ?? null))]);
        const gapRow = ['**largest gap**', '', ...metrics.map((m) => (result.sliceGaps[m]?.column === column ? `**${formatNumber(result.sliceGaps[m].gap)}**` : gapFor(result, column, m)))];
        const more = entries.length > MAX_SLICE_ROWS ? `\n\n${entries.length - MAX_SLICE_ROWS} more values of ${code(column)} are in the JSON result.` : '';
        parts.push(`${code(column)}\n\n${table(['Value', 'Rows', ...metrics], [...rows, gapRow], ['l', 'r', ...metrics.map(() => 'r')])}${more}`);
        const fairness = result.fairness[column];
        if (fairness) {
            parts.push(`Fairness by ${code(column)}: demographic parity difference ${formatNumber(fairness.demographicParityDifference)}, equal opportunity difference ${formatNumber(fairness.equalOpportunityDifference)}.`);
        }
    }
    return blocks(...parts);
}
function gapFor(result, column, metric) {
    const values = Object.values(result.slices[column])
        .map((s) => s.metrics[metric]?.value ?? null)
        .filter((v) => v !== null);
    return values.length >= 2 ? formatNumber(Math.max(...values) - Math.min(...values)) : '—';
}
function settingsSection(result) {
    const lines = [
        `- predictions: ${code(result.settings.predictions)} (${formatCount(result.rows)} rows)`,
        `- task: ${result.task} (${escapeText(result.taskReason)})`,
        result.positiveLabel !== null ? `- positive class: ${code(result.positiveLabel)}` : undefined,
        `- intervals: ${formatPercent(result.settings.confidence)}; bootstrap ${formatCount(result.settings.bootstrapSamples)} resamples, seed ${result.settings.seed}`,
    ].filter((l) => l !== undefined);
    return details('How these numbers were computed', lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/actions/evaluate-model/main.ts
/** evaluate-model: predictions file → metrics with intervals, slices, gates → report. */







const evaluateModel = {
    name: 'evaluate-model',
    title: 'Model evaluation',
    description: 'Metrics of a model from its predictions file (classification or regression), with confidence intervals, per-slice metrics and threshold gates.',
    inputs: EVALUATE_MODEL_INPUTS,
    outputs: [
        { name: 'metrics', description: 'The metrics as JSON: `{ "<metric>": { "value", "ci", "ciMethod" } }`.' },
        { name: 'task', description: 'The task evaluated: `binary`, `multiclass` or `regression`.' },
    ],
    outputDefaults: { metrics: '{}', task: '' },
    configure(reader) {
        const config = readEvaluateModelConfig(reader);
        checkGateSubjects(config.gates, EVALUATE_MODEL_GATES);
        return config;
    },
    async execute(config, { logger }) {
        const data = await readPredictions(config.predictions, config, { nullValues: config.nullValues });
        checkGatesForTask(config.gates, data.task, data.slices.length > 0);
        logger.info(`evaluate-model: ${data.rows} rows, ${data.task} (${data.taskReason})`);
        const evaluation = evaluate(data, config);
        const partial = {
            task: data.task,
            taskReason: data.taskReason,
            rows: data.rows,
            labels: data.task === 'regression' ? null : [...data.labels],
            positiveLabel: data.task === 'binary' && data.positive !== undefined ? data.labels[data.positive] : null,
            ...evaluation,
            settings: { confidence: config.confidence, bootstrapSamples: config.bootstrapSamples, seed: config.seed, predictions: config.predictions },
        };
        const gates = evaluateGates(config.gates, EVALUATE_MODEL_GATES, evaluateModelResolver({ schemaVersion: 1, action: 'evaluate-model', ...partial }));
        const verdict = verdictOf(countedStatuses(gates, config.gates, { inconclusive: config.inconclusive }));
        return { schemaVersion: 1, action: 'evaluate-model', verdict, gates, ...partial };
    },
    render: (result, _config, common) => renderEvaluateModel(result, common),
    outputValues: (result) => ({ metrics: JSON.stringify(result.metrics), task: result.task }),
};

;// CONCATENATED MODULE: ./src/schema/datetime-format.ts
/**
 * Datetime tokens → milliseconds since the Unix epoch (UTC), the representation of datetime
 * columns in the Table. Two flavours:
 * - ISO 8601 (no format, or `format: iso`) exactly as the loader reads it: `2024-03-01`,
 *   `2024-03-01T12:30`, `…:45`, `…:45.123`, a space instead of `T`, an optional `Z` / `±hh:mm` /
 *   `±hhmm` / `±hh` offset.
 * - strftime-like formats as in Python's `datetime.strptime`: `%Y %y %m %d %H %I %p %M %S %f %z
 *   %b %B %j %%` and the shorthands `%F` (`%Y-%m-%d`) and `%T` (`%H:%M:%S`).
 * A time without an offset is taken as UTC. Calendar dates are checked (`2023-02-30` is not a
 * date; unlike strptime, neither is day 366 of a non-leap year). Fractions of a second keep
 * sub-millisecond precision, as the loader does. Unparseable tokens give NaN, never an exception: the type check reports them.
 */


const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_LONG = [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
];
/** The directives a format may use, for the error message. */
const FORMAT_DIRECTIVES = '%Y %y %m %d %H %I %p %M %S %f %z %b %B %j %F %T %%';
const DIRECTIVES = {
    Y: { pattern: '(\\d{4})', set: (f, t) => ((f.year = Number(t)), true) },
    y: { pattern: '(\\d{2})', set: (f, t) => ((f.year = Number(t) < 69 ? 2000 + Number(t) : 1900 + Number(t)), true) },
    m: { pattern: '(\\d{1,2})', set: (f, t) => ((f.month = Number(t)), true) },
    d: { pattern: '(\\d{1,2})', set: (f, t) => ((f.day = Number(t)), true) },
    j: { pattern: '(\\d{1,3})', set: (f, t) => ((f.yearDay = Number(t)), true) },
    H: { pattern: '(\\d{1,2})', set: (f, t) => ((f.hour = Number(t)), true) },
    I: { pattern: '(\\d{1,2})', set: (f, t) => ((f.hour12 = Number(t)), true) },
    p: { pattern: '(am|pm)', set: (f, t) => ((f.pm = t.toLowerCase() === 'pm' ? 1 : 0), true) },
    M: { pattern: '(\\d{1,2})', set: (f, t) => ((f.minute = Number(t)), true) },
    S: { pattern: '(\\d{1,2})', set: (f, t) => ((f.second = Number(t)), true) },
    f: { pattern: '(\\d{1,9})', set: (f, t) => ((f.millis = Number(`0.${t}`) * 1000), true) },
    z: { pattern: '(Z|[+-]\\d{2}:?\\d{2})', set: (f, t) => ((f.offsetMinutes = parseOffset(t)), true) },
    b: {
        pattern: `(${MONTHS.join('|')})`,
        set: (f, t) => ((f.month = MONTHS.indexOf(t.toLowerCase()) + 1), true),
    },
    B: {
        pattern: `(${MONTHS_LONG.join('|')})`,
        set: (f, t) => ((f.month = MONTHS_LONG.indexOf(t.toLowerCase()) + 1), true),
    },
};
const SHORTHANDS = { F: '%Y-%m-%d', T: '%H:%M:%S' };
/**
 * A parser for `format` (ISO 8601 when absent or `iso`).
 * @throws ConfigurationError for an unknown directive (see {@link datetimeFormatProblem}).
 */
function datetimeParser(format) {
    if (format === undefined || format.toLowerCase() === 'iso')
        return parseIsoDatetime;
    const problem = datetimeFormatProblem(format);
    if (problem !== undefined)
        throw new errors_ConfigurationError(problem);
    const compiled = compileFormat(format);
    return (token) => compiled(token.trim());
}
/** What is wrong with a format, in one line, or undefined when it is usable. */
function datetimeFormatProblem(format) {
    if (format.toLowerCase() === 'iso')
        return undefined;
    const expanded = format.replace(/%([FT])/g, (_, c) => SHORTHANDS[c]);
    for (let i = 0; i < expanded.length; i++) {
        if (expanded[i] !== '%')
            continue;
        const d = expanded[++i];
        if (d === '%')
            continue;
        if (d === undefined || DIRECTIVES[d] === undefined) {
            const shown = d === undefined ? '%' : `%${d}`;
            return `unknown directive "${shown}" in "${format}"; the directives are ${FORMAT_DIRECTIVES}`;
        }
    }
    return undefined;
}
/**
 * ISO 8601 date or date-time → ms since the epoch (UTC); NaN when not one. The loader's own
 * parser (src/io/datetime-parser.ts), so a token is a datetime here exactly when it is there.
 */
function parseIsoDatetime(token) {
    return parseDatetimeString(token.trim());
}
/** A datetime for people: `2024-03-01` at midnight UTC, else `2024-03-01T12:30:00Z` (ms when present). */
function formatDatetime(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const iso = new Date(ms).toISOString();
    if (iso.endsWith('T00:00:00.000Z'))
        return iso.slice(0, 10);
    return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}
function compileFormat(format) {
    const expanded = format.replace(/%([FT])/g, (_, c) => SHORTHANDS[c]);
    let pattern = '^';
    const setters = [];
    for (let i = 0; i < expanded.length; i++) {
        const c = expanded[i];
        if (c !== '%') {
            pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            continue;
        }
        const d = expanded[++i];
        if (d === '%') {
            pattern += '%';
            continue;
        }
        const directive = DIRECTIVES[d];
        pattern += directive.pattern;
        setters.push(directive.set);
    }
    const regex = new RegExp(`${pattern}$`, 'i');
    return (token) => {
        const match = regex.exec(token);
        if (match === null)
            return NaN;
        const fields = {
            year: 1900,
            month: 1,
            day: 1,
            yearDay: 0,
            hour: 0,
            hour12: 0,
            pm: -1,
            minute: 0,
            second: 0,
            millis: 0,
            offsetMinutes: 0,
        };
        for (let k = 0; k < setters.length; k++) {
            if (!setters[k](fields, match[k + 1]))
                return NaN;
        }
        return assemble(fields);
    };
}
function parseOffset(text) {
    if (text.toUpperCase() === 'Z')
        return 0;
    const sign = text[0] === '-' ? -1 : 1;
    const digits = text.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2, 4));
    if (hours > 23 || minutes > 59)
        return NaN;
    return sign * (hours * 60 + minutes);
}
function assemble(f) {
    let { month, day, hour } = f;
    if (f.yearDay > 0) {
        const days = isLeap(f.year) ? 366 : 365;
        if (f.yearDay > days)
            return NaN;
        month = 1;
        day = f.yearDay;
        while (day > datetime_format_daysInMonth(f.year, month))
            day -= datetime_format_daysInMonth(f.year, month++);
    }
    if (f.pm >= 0 || f.hour12 > 0) {
        if (f.hour12 < 1 || f.hour12 > 12)
            return NaN;
        hour = (f.hour12 % 12) + (f.pm === 1 ? 12 : 0);
    }
    if (month < 1 || month > 12 || day < 1 || day > datetime_format_daysInMonth(f.year, month))
        return NaN;
    if (hour > 23 || f.minute > 59 || f.second > 59 || Number.isNaN(f.offsetMinutes))
        return NaN;
    // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
    const date = new Date(0);
    date.setUTCFullYear(f.year, month - 1, day);
    date.setUTCHours(hour, f.minute, f.second, 0);
    return date.getTime() + f.millis - f.offsetMinutes * 60_000;
}
function isLeap(year) {
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
function datetime_format_daysInMonth(year, month) {
    return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

;// CONCATENATED MODULE: ./src/checks/column-view.ts


const VALID = 0;
const MISSING = 1;
const INVALID = 2;
/**
 * A boolean token as the loader reads a column declared boolean: `true` / `false` in any letter
 * case, or `1` / `0`. 1 for true, 0 for false, NaN otherwise.
 */
function parseBoolean(token) {
    const t = token.trim();
    if (t === '1')
        return 1;
    if (t === '0')
        return 0;
    const lower = t.toLowerCase();
    return lower === 'true' ? 1 : lower === 'false' ? 0 : NaN;
}
/** Parses one token of a declared numeric type; NaN when it is not one. */
function tokenParser(schema) {
    switch (schema.type) {
        case 'integer':
            return (token) => {
                const v = parseStrictNumber(token);
                return Number.isInteger(v) ? v : NaN;
            };
        case 'number':
            return parseStrictNumber;
        case 'boolean':
            return parseBoolean;
        case 'datetime':
            return datetimeParser(schema.format);
        default:
            throw new Error(`no token parser for type ${schema.type}`);
    }
}
function isTextType(type) {
    return type === 'category' || type === 'string';
}
function columnView(column, schema) {
    const n = isNumeric(column) ? column.values.length : column.codes.length;
    const state = new Uint8Array(n);
    const declared = schema.type;
    let values = null;
    let codes = null;
    let dictionary = null;
    if (isTextType(declared)) {
        // Any token is text; numbers the loader parsed are shown the way JavaScript prints them.
        const labels = textLabels(column);
        codes = labels.codes;
        dictionary = labels.dictionary;
        for (let i = 0; i < n; i++)
            state[i] = codes[i] < 0 ? MISSING : VALID;
    }
    else if (isNumeric(column)) {
        values = new Float64Array(n);
        const accept = numericAcceptor(column, schema);
        const source = column.values;
        for (let i = 0; i < n; i++) {
            const v = source[i];
            if (Number.isNaN(v)) {
                state[i] = MISSING;
                values[i] = NaN;
                continue;
            }
            const parsed = accept(v);
            values[i] = parsed;
            state[i] = Number.isNaN(parsed) ? INVALID : VALID;
        }
    }
    else {
        // Parse each distinct token once, then map the codes.
        const parse = tokenParser(schema);
        const parsed = new Float64Array(column.dictionary.length);
        for (let k = 0; k < parsed.length; k++)
            parsed[k] = parse(column.dictionary[k]);
        values = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            const code = column.codes[i];
            if (code < 0) {
                state[i] = MISSING;
                values[i] = NaN;
                continue;
            }
            const v = parsed[code];
            values[i] = v;
            state[i] = Number.isNaN(v) ? INVALID : VALID;
        }
    }
    let validCount = 0;
    let missingCount = 0;
    for (let i = 0; i < n; i++) {
        if (state[i] === VALID)
            validCount++;
        else if (state[i] === MISSING)
            missingCount++;
    }
    const raw = tokenReader(column);
    // Valid values of numeric types read as values (130, not "130"); other rows as written.
    const token = values === null
        ? raw
        : (i) => (state[i] === VALID ? typedValue(values[i], declared) : raw(i));
    let validCache;
    let extentCache;
    return {
        name: column.name,
        declared,
        column,
        rowCount: n,
        state,
        validCount,
        missingCount,
        invalidCount: n - validCount - missingCount,
        values,
        codes,
        dictionary,
        token,
        validValues() {
            if (validCache !== undefined)
                return validCache;
            const out = new Float64Array(values === null ? 0 : validCount);
            if (values !== null) {
                let k = 0;
                for (let i = 0; i < n; i++)
                    if (state[i] === VALID)
                        out[k++] = values[i];
            }
            validCache = out;
            return out;
        },
        extent() {
            if (extentCache !== undefined)
                return extentCache;
            let min = Infinity;
            let max = -Infinity;
            if (values !== null) {
                for (let i = 0; i < n; i++) {
                    if (state[i] !== VALID)
                        continue;
                    const v = values[i];
                    if (v < min)
                        min = v;
                    if (v > max)
                        max = v;
                }
            }
            extentCache = min <= max ? { min, max } : { min: NaN, max: NaN };
            return extentCache;
        },
    };
}
/**
 * Maps a value the loader already parsed onto the declared type: the value, or NaN when the
 * declared type cannot hold it (3.5 in an integer column, a date in a number column).
 */
function numericAcceptor(column, schema) {
    const loaded = column.type;
    switch (schema.type) {
        case 'integer':
            return loaded === 'datetime' ? () => NaN : (v) => (Number.isInteger(v) ? v : NaN);
        case 'number':
            return loaded === 'datetime' ? () => NaN : (v) => v;
        case 'boolean':
            return loaded === 'datetime' ? () => NaN : (v) => (v === 0 || v === 1 ? v : NaN);
        case 'datetime': {
            if (loaded === 'datetime')
                return (v) => v;
            // Digits the loader read as a number (20240301 with format %Y%m%d): parse them as text.
            const parse = datetimeParser(schema.format);
            return (v) => parse(String(v));
        }
        default:
            throw new Error(`no numeric acceptor for type ${schema.type}`);
    }
}
/** Codes and labels of any column; numbers printed as JavaScript prints them (1.0 → "1"). */
function textLabels(column) {
    if (!isNumeric(column))
        return { codes: column.codes, dictionary: column.dictionary };
    const index = new Map();
    const dictionary = [];
    const codes = new Int32Array(column.values.length);
    for (let i = 0; i < codes.length; i++) {
        const v = column.values[i];
        if (Number.isNaN(v)) {
            codes[i] = -1;
            continue;
        }
        let code = index.get(v);
        if (code === undefined) {
            code = dictionary.length;
            index.set(v, code);
            dictionary.push(valueText(v, column.type));
        }
        codes[i] = code;
    }
    return { codes, dictionary };
}
function valueText(v, type) {
    if (type === 'datetime')
        return formatDatetime(v);
    if (type === 'boolean')
        return v === 1 ? 'true' : 'false';
    return String(v);
}
function typedValue(v, declared) {
    if (declared === 'datetime')
        return formatDatetime(v);
    if (declared === 'boolean')
        return v === 1 ? 'true' : 'false';
    return v;
}
function tokenReader(column) {
    if (!isNumeric(column)) {
        const { codes, dictionary } = column;
        return (i) => (codes[i] < 0 ? '' : dictionary[codes[i]]);
    }
    const { values, type } = column;
    if (type === 'datetime' || type === 'boolean')
        return (i) => valueText(values[i], type);
    return (i) => values[i];
}

;// CONCATENATED MODULE: ./src/checks/describe.ts
/**
 * Words for the `expected` and `observed` fields. Numbers the user wrote are shown as written
 * (shortest round-trip form); computed statistics get 6 significant digits.
 */

/** A value of a column for people: dates as ISO text, other numbers as JavaScript prints them. */
function showValue(value, type) {
    if (type === 'datetime')
        return formatDatetime(value);
    if (type === 'boolean')
        return value === 1 ? 'true' : value === 0 ? 'false' : String(value);
    return String(value);
}
/** A computed statistic: at most 6 significant digits, no exponent for ordinary magnitudes. */
function showStatistic(value) {
    if (!Number.isFinite(value))
        return String(value);
    return String(Number(value.toPrecision(6)));
}
/** A fraction as a percentage (`0.05` → `5%`). */
function showPercent(fraction) {
    return `${Number((fraction * 100).toPrecision(6))}%`;
}
/** `≥ 0 and ≤ 120`, `> 0`, `≤ 2024-01-01`. */
function describeRange(range, type) {
    const parts = [];
    if (range.min !== undefined)
        parts.push(`${range.min.exclusive ? '>' : '≥'} ${showValue(range.min.value, type)}`);
    if (range.max !== undefined)
        parts.push(`${range.max.exclusive ? '<' : '≤'} ${showValue(range.max.value, type)}`);
    return parts.join(' and ');
}
/** Whether `value` lies in the range (NaN never does). */
function inRange(value, range) {
    const { min, max } = range;
    if (min !== undefined && !(min.exclusive ? value > min.value : value >= min.value))
        return false;
    if (max !== undefined && !(max.exclusive ? value < max.value : value <= max.value))
        return false;
    return true;
}
/** `a, b, c`, cut after `limit` items with the number left out. */
function showList(items, limit = 20) {
    if (items.length <= limit)
        return items.join(', ');
    return `${items.slice(0, limit).join(', ')} … (${items.length - limit} more)`;
}

;// CONCATENATED MODULE: ./src/checks/number-set.ts
/**
 * Distinct numbers and order statistics in linear time, for columns of a million values where
 * a full sort (about 250 ms per million on a CI runner) would dominate validation.
 */
/** murmur3's 32-bit finaliser. */
function fmix(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
const box = new Float64Array(1);
const number_set_words = new Uint32Array(box.buffer);
function slotOf(v, mask) {
    box[0] = v;
    return fmix(number_set_words[0] ^ fmix(number_set_words[1] + 0x9e3779b9)) & mask;
}
/**
 * How many distinct values `values[i]` hold over the rows where `state[i] === keep` (all rows
 * when `state` is undefined). NaN rows must be excluded by `state`; -0 and 0 count as one value.
 * An open-addressing hash set in typed arrays (linear probing, load ≤ 1/2) that starts small and
 * doubles, so a column of few values stays in cache.
 */
function countDistinct(values, state, keep = 0) {
    const n = values.length;
    let size = 1024;
    let mask = size - 1;
    let keys = new Float64Array(size);
    let used = new Uint8Array(size);
    let distinct = 0;
    for (let i = 0; i < n; i++) {
        if (state !== undefined && state[i] !== keep)
            continue;
        const v = values[i] === 0 ? 0 : values[i];
        let slot = slotOf(v, mask);
        for (;;) {
            if (used[slot] === 0) {
                used[slot] = 1;
                keys[slot] = v;
                distinct++;
                break;
            }
            if (keys[slot] === v)
                break;
            slot = (slot + 1) & mask;
        }
        if (distinct * 2 > size) {
            // Double the table and re-insert every key.
            const oldKeys = keys;
            const oldUsed = used;
            size *= 2;
            mask = size - 1;
            keys = new Float64Array(size);
            used = new Uint8Array(size);
            for (let s = 0; s < oldKeys.length; s++) {
                if (oldUsed[s] === 0)
                    continue;
                let t = slotOf(oldKeys[s], mask);
                while (used[t] === 1)
                    t = (t + 1) & mask;
                used[t] = 1;
                keys[t] = oldKeys[s];
            }
        }
    }
    return distinct;
}
/**
 * The k-th smallest (0-based) of `values`, rearranging them (Hoare's quickselect with a
 * median-of-three pivot). `values` must not hold NaN.
 */
function selectInPlace(values, k) {
    let left = 0;
    let right = values.length - 1;
    while (right > left) {
        const middle = (left + right) >>> 1;
        // Median of three as the pivot, which also guards against sorted input.
        if (values[middle] < values[left])
            swap(values, middle, left);
        if (values[right] < values[left])
            swap(values, right, left);
        if (values[right] < values[middle])
            swap(values, right, middle);
        const pivot = values[middle];
        let i = left;
        let j = right;
        while (i <= j) {
            while (values[i] < pivot)
                i++;
            while (values[j] > pivot)
                j--;
            if (i <= j) {
                swap(values, i, j);
                i++;
                j--;
            }
        }
        if (k <= j)
            right = j;
        else if (k >= i)
            left = i;
        else
            return values[k];
    }
    return values[k];
}
function swap(values, i, j) {
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
}
/** The median of `values` (mean of the two middle values for an even count), leaving `values` untouched. */
function medianOf(values) {
    return medianInPlace(values.slice());
}
/** {@link medianOf}, rearranging `scratch` instead of copying it. */
function medianInPlace(scratch) {
    const n = scratch.length;
    if (n === 0)
        return NaN;
    const upper = selectInPlace(scratch, n >> 1);
    if (n % 2 === 1)
        return upper;
    // After selecting the upper middle, everything left of it is ≤ it: the lower middle is their maximum.
    let lower = -Infinity;
    for (let i = 0; i < n >> 1; i++)
        if (scratch[i] > lower)
            lower = scratch[i];
    return (lower + upper) / 2;
}

;// CONCATENATED MODULE: ./src/checks/distinct.ts
/** Distinct values of a column view, for the profile and the reference comparison. */



/** How many distinct valid values the view holds. */
function distinctValid(view) {
    if (view.codes !== null && view.dictionary !== null) {
        return countUsedCodes(view.codes, view.dictionary.length, view.state, (s) => s === VALID);
    }
    return view.values === null ? 0 : countDistinct(view.values, view.state, VALID);
}
/** How many distinct non-missing tokens the column holds, valid for its type or not. */
function distinctNonMissing(view) {
    const { column } = view;
    if (view.invalidCount === 0)
        return distinctValid(view);
    if (!isNumeric(column))
        return countUsedCodes(column.codes, column.dictionary.length, view.state, (s) => s !== MISSING);
    const missing = new Uint8Array(view.rowCount);
    for (let i = 0; i < missing.length; i++)
        missing[i] = view.state[i] === MISSING ? 1 : 0;
    return countDistinct(column.values, missing, 0);
}
/** The distinct valid values as text labels (category comparison with a reference). */
function validLabels(view, label) {
    const out = new Set();
    if (view.codes !== null && view.dictionary !== null) {
        const used = new Uint8Array(view.dictionary.length);
        for (let i = 0; i < view.codes.length; i++)
            if (view.state[i] === VALID)
                used[view.codes[i]] = 1;
        for (let k = 0; k < used.length; k++)
            if (used[k] === 1)
                out.add(view.dictionary[k]);
        return out;
    }
    for (const v of new Set(view.validValues()))
        out.add(label(v));
    return out;
}
function countUsedCodes(codes, size, state, keep) {
    const used = new Uint8Array(size);
    let distinct = 0;
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        if (code < 0 || !keep(state[i]) || used[code] === 1)
            continue;
        used[code] = 1;
        distinct++;
    }
    return distinct;
}

;// CONCATENATED MODULE: ./src/checks/result.ts
/** How many offending rows and values a result keeps; counting always covers every row. */
const SAMPLE_LIMIT = 20;
/**
 * Counts offending rows and keeps the first {@link SAMPLE_LIMIT}. `add` returns true while the
 * sample has room, so the caller formats an example only for the rows that are kept:
 * `if (sample.add(i)) sample.examples.push(token(i))`.
 */
class UnexpectedSample {
    count = 0;
    rows = [];
    examples = [];
    /** Records 0-based row `index`. */
    add(index) {
        this.count++;
        if (this.rows.length >= SAMPLE_LIMIT)
            return false;
        this.rows.push(index + 1);
        return true;
    }
}
function checkId(column, check) {
    return column === null ? check : `${column}.${check}`;
}
/**
 * The result of a check over individual values: passes when the unexpected fraction is at most
 * `1 − mostly` (with `mostly = 1`, when nothing is unexpected).
 */
function rowCheckResult(options) {
    const { sample, denominator, mostly } = options;
    const fraction = denominator > 0 ? sample.count / denominator : 0;
    const tolerance = mostly === null ? 0 : 1 - mostly;
    const ok = mostly === null ? sample.count === 0 : fraction <= tolerance + 1e-12;
    return {
        id: options.id ?? checkId(options.column, options.check),
        column: options.column,
        check: options.check,
        status: ok ? 'pass' : options.severity,
        observed: options.observed,
        expected: options.expected,
        unexpectedCount: sample.count,
        unexpectedFraction: fraction,
        unexpectedRows: sample.rows,
        examples: sample.examples,
        mostly,
        reason: null,
    };
}
/** The result of a check over one statistic (a count, a mean): pass or the severity. */
function statisticResult(options) {
    return {
        id: options.id ?? checkId(options.column, options.check),
        column: options.column,
        check: options.check,
        status: options.ok ? 'pass' : options.severity,
        observed: options.observed,
        expected: options.expected,
        unexpectedCount: null,
        unexpectedFraction: null,
        unexpectedRows: [],
        examples: [],
        mostly: null,
        reason: null,
    };
}
/** A check that could not be computed, with the reason; never a silent pass. */
function skippedResult(options) {
    return {
        id: options.id ?? checkId(options.column, options.check),
        column: options.column,
        check: options.check,
        status: options.status ?? 'skipped',
        observed: null,
        expected: options.expected,
        unexpectedCount: null,
        unexpectedFraction: null,
        unexpectedRows: [],
        examples: [],
        mostly: options.mostly ?? null,
        reason: options.reason,
    };
}

;// CONCATENATED MODULE: ./src/checks/statistics.ts




function statisticCheck(view, schema, statistic, range) {
    const expected = `${statistic} ${describeRange(range, 'number')}`;
    const needed = statistic === 'std' ? 2 : 1;
    if (view.values === null || view.validCount < needed) {
        const reason = needed === 2 ? 'fewer than 2 valid values' : 'no valid values';
        return skippedResult({ column: schema.name, check: statistic, expected, reason });
    }
    const value = statistic === 'median' ? medianInPlace(view.validValues()) : statistic === 'mean' ? meanOf(view) : stdOf(view);
    return statisticResult({
        column: schema.name,
        check: statistic,
        expected,
        severity: schema.severity,
        observed: value,
        ok: inRange(value, range),
    });
}
const means = new WeakMap();
/** Mean of the valid values (two-pass: a first mean, then a correction, for accuracy); cached per view. */
function meanOf(view) {
    const { values, state } = view;
    if (values === null || view.validCount === 0)
        return NaN;
    const cached = means.get(view);
    if (cached !== undefined)
        return cached;
    let sum = 0;
    for (let i = 0; i < values.length; i++)
        if (state[i] === VALID)
            sum += values[i];
    const first = sum / view.validCount;
    let correction = 0;
    for (let i = 0; i < values.length; i++)
        if (state[i] === VALID)
            correction += values[i] - first;
    const mean = first + correction / view.validCount;
    means.set(view, mean);
    return mean;
}
/** Sample standard deviation (ddof = 1) of the valid values, two-pass. */
function stdOf(view) {
    const { values, state } = view;
    if (values === null || view.validCount < 2)
        return NaN;
    const mean = meanOf(view);
    let squares = 0;
    for (let i = 0; i < values.length; i++) {
        if (state[i] !== VALID)
            continue;
        const d = values[i] - mean;
        squares += d * d;
    }
    return Math.sqrt(squares / (view.validCount - 1));
}

;// CONCATENATED MODULE: ./src/checks/profile.ts




const HISTOGRAM_BINS = 16;
function profileColumn(view, inSchema) {
    const numeric = view.values !== null && view.declared !== 'boolean';
    const { min, max } = view.extent();
    const has = numeric && view.validCount > 0;
    const mean = view.values !== null && view.validCount > 0 && view.declared !== 'datetime' ? meanOf(view) : null;
    return {
        name: view.name,
        type: view.declared,
        loadedType: view.column.type,
        inSchema,
        rows: view.rowCount,
        nulls: view.missingCount,
        nullFraction: view.rowCount > 0 ? view.missingCount / view.rowCount : null,
        invalid: view.invalidCount,
        distinct: distinctNonMissing(view),
        min: has ? typed(min, view.declared) : null,
        max: has ? typed(max, view.declared) : null,
        mean,
        histogram: has ? histogram(view, min, max) : null,
        topValues: numeric ? null : topValues(view),
    };
}
/** Whether code `a` ranks before code `b`: higher count first, then the value in code-unit order. */
function before(counts, dictionary, a, b) {
    if (counts[a] !== counts[b])
        return counts[a] > counts[b];
    return dictionary[a] < dictionary[b];
}
function typed(value, type) {
    return type === 'datetime' ? showValue(value, type) : value;
}
/** Equal-width histogram of the valid values; infinite values are clamped into the end bins. */
function histogram(view, min, max) {
    const { values, state } = view;
    if (values === null)
        return null;
    if (!Number.isFinite(min) || !Number.isFinite(max)) {
        // Bin the finite values; ±Infinity lands in the outer bins.
        min = Infinity;
        max = -Infinity;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (state[i] !== VALID || !Number.isFinite(v))
                continue;
            if (v < min)
                min = v;
            if (v > max)
                max = v;
        }
        if (min > max)
            return null;
    }
    const bins = min === max ? 1 : HISTOGRAM_BINS;
    const counts = new Array(bins).fill(0);
    const width = (max - min) / bins;
    for (let i = 0; i < values.length; i++) {
        if (state[i] !== VALID)
            continue;
        const v = values[i];
        let b = bins === 1 ? 0 : Math.floor((v - min) / width);
        if (!(b >= 0))
            b = 0;
        if (b >= bins)
            b = bins - 1;
        counts[b]++;
    }
    return { min, max, counts };
}
function topValues(view, limit = 5) {
    const tally = new Map();
    if (view.codes !== null && view.dictionary !== null) {
        const counts = new Int32Array(view.dictionary.length);
        for (let i = 0; i < view.codes.length; i++)
            if (view.state[i] === VALID)
                counts[view.codes[i]]++;
        // Keep only the `limit` largest counts (a text column can hold a million distinct values).
        const top = [];
        for (let k = 0; k < counts.length; k++) {
            if (counts[k] === 0)
                continue;
            if (top.length === limit && !before(counts, view.dictionary, k, top[limit - 1]))
                continue;
            let at = top.length === limit ? limit - 1 : top.length;
            top[at] = k;
            while (at > 0 && before(counts, view.dictionary, top[at], top[at - 1])) {
                [top[at], top[at - 1]] = [top[at - 1], top[at]];
                at--;
            }
        }
        for (const k of top)
            tally.set(view.dictionary[k], counts[k]);
    }
    else if (view.values !== null) {
        for (let i = 0; i < view.values.length; i++) {
            if (view.state[i] !== VALID)
                continue;
            const label = showValue(view.values[i], view.declared);
            tally.set(label, (tally.get(label) ?? 0) + 1);
        }
    }
    return [...tally.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, limit)
        .map(([value, count]) => ({ value, count }));
}

;// CONCATENATED MODULE: ./src/checks/presence.ts


/** `present` for each schema column, in schema order. A missing optional column passes as `absent (optional)`. */
function presentChecks(dataColumns, schema) {
    const have = new Set(dataColumns);
    return schema.columns.map((column) => {
        const present = have.has(column.name);
        return statisticResult({
            column: column.name,
            check: 'present',
            expected: column.required ? 'present' : 'present or absent (optional)',
            severity: column.severity,
            observed: present ? 'present' : column.required ? 'missing' : 'absent (optional)',
            ok: present || !column.required,
        });
    });
}
/** `extra_columns`: the data's columns the schema does not name (examples: their names). */
function extraColumnsCheck(dataColumns, schema) {
    const named = new Set(schema.columns.map((c) => c.name));
    const extra = dataColumns.filter((name) => !named.has(name));
    return {
        id: checkId(null, 'extra_columns'),
        column: null,
        check: 'extra_columns',
        status: extra.length === 0 ? 'pass' : 'fail',
        observed: extra.length === 0 ? 'none' : showList(extra.map((n) => `"${n}"`)),
        expected: 'no columns beyond the schema',
        unexpectedCount: extra.length,
        unexpectedFraction: dataColumns.length > 0 ? extra.length / dataColumns.length : 0,
        unexpectedRows: [],
        examples: extra.slice(0, 20),
        mostly: null,
        reason: null,
    };
}
/**
 * `column_order`: the schema's columns that are present appear in the data in the schema's order.
 * Columns the schema does not name are ignored here (that is `extra_columns`' business); the
 * examples are the columns that are not where the schema puts them.
 */
function columnOrderCheck(dataColumns, schema) {
    const named = new Set(schema.columns.map((c) => c.name));
    const actual = dataColumns.filter((name) => named.has(name));
    const present = new Set(actual);
    const expectedOrder = schema.columns.map((c) => c.name).filter((name) => present.has(name));
    const misplaced = actual.filter((name, i) => expectedOrder[i] !== name);
    return {
        id: checkId(null, 'column_order'),
        column: null,
        check: 'column_order',
        status: misplaced.length === 0 ? 'pass' : 'fail',
        observed: showList(actual),
        expected: `columns in the order ${showList(expectedOrder)}`,
        unexpectedCount: misplaced.length,
        unexpectedFraction: actual.length > 0 ? misplaced.length / actual.length : 0,
        unexpectedRows: [],
        examples: misplaced.slice(0, 20),
        mostly: null,
        reason: null,
    };
}

;// CONCATENATED MODULE: ./src/checks/row-count.ts

function rowCountCheck(rowCount, rows) {
    const { min, max } = rows;
    const parts = [];
    if (min !== undefined)
        parts.push(`at least ${min}`);
    if (max !== undefined)
        parts.push(`at most ${max}`);
    const ok = (min === undefined || rowCount >= min) && (max === undefined || rowCount <= max);
    return statisticResult({
        column: null,
        check: 'row_count',
        expected: parts.length > 0 ? `${parts.join(' and ')} row${(max ?? min) === 1 ? '' : 's'}` : 'any number of rows',
        severity: 'fail',
        observed: rowCount,
        ok,
    });
}

;// CONCATENATED MODULE: ./src/checks/type.ts


function type_describeType(schema) {
    switch (schema.type) {
        case 'integer':
            return 'integers';
        case 'number':
            return 'numbers';
        case 'boolean':
            return 'booleans (true/false or 1/0)';
        case 'datetime':
            return schema.format === undefined || schema.format.toLowerCase() === 'iso'
                ? 'datetimes (ISO 8601)'
                : `datetimes as "${schema.format}"`;
        case 'category':
            return 'categories (any text)';
        case 'string':
            return 'text';
    }
}
function typeCheck(view, schema) {
    const expected = type_describeType(schema);
    const mostly = schema.mostly.type;
    const nonMissing = view.rowCount - view.missingCount;
    if (nonMissing === 0) {
        return skippedResult({ column: schema.name, check: 'type', expected, mostly, reason: 'no non-missing values' });
    }
    const sample = new UnexpectedSample();
    if (view.invalidCount > 0) {
        const { state } = view;
        for (let i = 0; i < state.length; i++) {
            if (state[i] === INVALID && sample.add(i))
                sample.examples.push(view.token(i));
        }
    }
    return rowCheckResult({
        column: schema.name,
        check: 'type',
        expected,
        severity: schema.severity,
        observed: view.column.type,
        sample,
        denominator: nonMissing,
        mostly,
    });
}

;// CONCATENATED MODULE: ./src/checks/nulls.ts



function missingRows(view) {
    const sample = new UnexpectedSample();
    const { state } = view;
    for (let i = 0; i < state.length; i++) {
        if (state[i] === MISSING && sample.add(i))
            sample.examples.push('');
    }
    return sample;
}
function notNullCheck(view, schema) {
    const expected = 'no missing values';
    const mostly = schema.mostly.not_null;
    if (view.rowCount === 0)
        return skippedResult({ column: schema.name, check: 'not_null', expected, mostly, reason: 'no rows' });
    return rowCheckResult({
        column: schema.name,
        check: 'not_null',
        expected,
        severity: schema.severity,
        observed: view.missingCount,
        sample: missingRows(view),
        denominator: view.rowCount,
        mostly,
    });
}
function nullFractionCheck(view, schema, maxNullFraction) {
    const expected = `at most ${showPercent(maxNullFraction)} missing`;
    if (view.rowCount === 0)
        return skippedResult({ column: schema.name, check: 'null_fraction', expected, reason: 'no rows' });
    const sample = missingRows(view);
    const fraction = sample.count / view.rowCount;
    const result = rowCheckResult({
        column: schema.name,
        check: 'null_fraction',
        expected,
        severity: schema.severity,
        observed: fraction,
        sample,
        denominator: view.rowCount,
        mostly: 1 - maxNullFraction,
    });
    // The bound is the tolerance itself, not a `mostly` the user set.
    return { ...result, mostly: null };
}

;// CONCATENATED MODULE: ./src/checks/range.ts



function rangeCheck(view, schema, range) {
    const expected = describeRange(range, schema.type);
    const mostly = schema.mostly.range;
    const values = view.values;
    if (values === null || view.validCount === 0) {
        return skippedResult({ column: schema.name, check: 'range', expected, mostly, reason: 'no valid values' });
    }
    const sample = new UnexpectedSample();
    const { state } = view;
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < values.length; i++) {
        if (state[i] !== VALID)
            continue;
        const v = values[i];
        if (v < lo)
            lo = v;
        if (v > hi)
            hi = v;
        if (!inRange(v, range) && sample.add(i))
            sample.examples.push(view.token(i));
    }
    return rowCheckResult({
        column: schema.name,
        check: 'range',
        expected,
        severity: schema.severity,
        observed: `${showValue(lo, schema.type)} … ${showValue(hi, schema.type)}`,
        sample,
        denominator: view.validCount,
        mostly,
    });
}

;// CONCATENATED MODULE: ./src/checks/allowed.ts



function allowedCheck(view, schema, allowed) {
    const expected = `one of ${showList(allowed)}`;
    const mostly = schema.mostly.allowed;
    if (view.validCount === 0) {
        return skippedResult({ column: schema.name, check: 'allowed', expected, mostly, reason: 'no valid values' });
    }
    const allowedSet = new Set(allowed);
    const sample = new UnexpectedSample();
    const unseen = new Map();
    const { state } = view;
    if (view.codes !== null && view.dictionary !== null) {
        const { codes, dictionary } = view;
        const ok = new Uint8Array(dictionary.length);
        for (let k = 0; k < dictionary.length; k++)
            ok[k] = allowedSet.has(dictionary[k]) ? 1 : 0;
        for (let i = 0; i < codes.length; i++) {
            if (state[i] !== VALID || ok[codes[i]] === 1)
                continue;
            const label = dictionary[codes[i]];
            unseen.set(label, (unseen.get(label) ?? 0) + 1);
            if (sample.add(i))
                sample.examples.push(view.token(i));
        }
    }
    else if (view.values !== null) {
        const values = view.values;
        const allowedNumbers = new Set();
        for (const a of allowed) {
            const n = Number(a);
            if (a.trim() !== '' && Number.isFinite(n))
                allowedNumbers.add(n);
        }
        for (let i = 0; i < values.length; i++) {
            if (state[i] !== VALID || allowedNumbers.has(values[i]))
                continue;
            const label = showValue(values[i], schema.type);
            unseen.set(label, (unseen.get(label) ?? 0) + 1);
            if (sample.add(i))
                sample.examples.push(view.token(i));
        }
    }
    const ranked = [...unseen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return rowCheckResult({
        column: schema.name,
        check: 'allowed',
        expected,
        severity: schema.severity,
        observed: ranked.length === 0 ? 'none outside the set' : showList(ranked.map(([v, n]) => `"${v}" (${n})`)),
        sample,
        denominator: view.validCount,
        mostly,
    });
}

;// CONCATENATED MODULE: ./src/checks/pattern.ts


function patternCheck(view, schema, pattern) {
    const expected = `matches /${pattern}/`;
    const mostly = schema.mostly.pattern;
    const { codes, dictionary } = view;
    if (codes === null || dictionary === null || view.validCount === 0) {
        return skippedResult({ column: schema.name, check: 'pattern', expected, mostly, reason: 'no valid values' });
    }
    const regex = new RegExp(pattern, 'u');
    const matches = new Uint8Array(dictionary.length);
    for (let k = 0; k < dictionary.length; k++)
        matches[k] = regex.test(dictionary[k]) ? 1 : 0;
    const sample = new UnexpectedSample();
    const { state } = view;
    for (let i = 0; i < codes.length; i++) {
        if (state[i] === VALID && matches[codes[i]] === 0 && sample.add(i))
            sample.examples.push(view.token(i));
    }
    return rowCheckResult({
        column: schema.name,
        check: 'pattern',
        expected,
        severity: schema.severity,
        observed: sample.count,
        sample,
        denominator: view.validCount,
        mostly,
    });
}

;// CONCATENATED MODULE: ./src/checks/length.ts


function lengthCheck(view, schema) {
    const { minLength, maxLength } = schema;
    const parts = [];
    if (minLength !== undefined)
        parts.push(`at least ${minLength}`);
    if (maxLength !== undefined)
        parts.push(`at most ${maxLength}`);
    const expected = `length ${parts.join(' and ')} characters`;
    const mostly = schema.mostly.length;
    const { codes, dictionary } = view;
    if (codes === null || dictionary === null || view.validCount === 0) {
        return skippedResult({ column: schema.name, check: 'length', expected, mostly, reason: 'no valid values' });
    }
    const lengths = new Int32Array(dictionary.length);
    for (let k = 0; k < dictionary.length; k++)
        lengths[k] = codePointLength(dictionary[k]);
    const sample = new UnexpectedSample();
    const { state } = view;
    let shortest = Infinity;
    let longest = -Infinity;
    for (let i = 0; i < codes.length; i++) {
        if (state[i] !== VALID)
            continue;
        const length = lengths[codes[i]];
        if (length < shortest)
            shortest = length;
        if (length > longest)
            longest = length;
        const bad = (minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength);
        if (bad && sample.add(i))
            sample.examples.push(view.token(i));
    }
    return rowCheckResult({
        column: schema.name,
        check: 'length',
        expected,
        severity: schema.severity,
        observed: `${shortest} … ${longest}`,
        sample,
        denominator: view.validCount,
        mostly,
    });
}
function codePointLength(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // A high surrogate followed by a low one is a single code point.
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const d = text.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                i++;
        }
        n++;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/checks/row-keys.ts

const MISSING_WORD = 0x7ff80001;
/** murmur3's 32-bit finaliser over `h ^ word`. */
function mix(h, word) {
    h ^= word;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
/** Two hashes per row over `columns`. */
function rowHashes(columns, rowCount) {
    const a = new Int32Array(rowCount).fill(0x811c9dc5 | 0);
    const b = new Int32Array(rowCount).fill(0x27d4eb2f);
    for (const column of columns) {
        if (isNumeric(column)) {
            const values = column.values;
            // The float's two 32-bit halves, read in place.
            const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
            for (let i = 0; i < rowCount; i++) {
                const v = values[i];
                let lo;
                let hi;
                if (v !== v) {
                    lo = MISSING_WORD;
                    hi = MISSING_WORD;
                }
                else if (v === 0) {
                    lo = 0; // -0 and 0 are one value
                    hi = 0;
                }
                else {
                    lo = words[2 * i];
                    hi = words[2 * i + 1];
                }
                a[i] = mix(mix(a[i], lo), hi);
                b[i] = mix(mix(b[i], hi ^ 0x5bd1e995), lo);
            }
        }
        else {
            const codes = column.codes;
            for (let i = 0; i < rowCount; i++) {
                const code = codes[i];
                a[i] = mix(a[i], code);
                b[i] = mix(b[i], Math.imul(code, 0x9e3779b1) ^ 0x1b873593);
            }
        }
    }
    return { a, b };
}
function sameRow(columns, x, y) {
    for (const column of columns) {
        if (isNumeric(column)) {
            const u = column.values[x];
            const v = column.values[y];
            if (!(u === v || (u !== u && v !== v)))
                return false;
        }
        else if (column.codes[x] !== column.codes[y])
            return false;
    }
    return true;
}
/** 1 for rows with a missing value in any of the columns. */
function row_keys_missingRows(columns, rowCount) {
    const missing = new Uint8Array(rowCount);
    for (const column of columns) {
        if (isNumeric(column)) {
            const values = column.values;
            for (let i = 0; i < rowCount; i++)
                if (values[i] !== values[i])
                    missing[i] = 1;
        }
        else {
            const codes = column.codes;
            for (let i = 0; i < rowCount; i++)
                if (codes[i] < 0)
                    missing[i] = 1;
        }
    }
    return missing;
}
/**
 * For each row, the 0-based index of the first earlier row with the same values in `columns`,
 * or -1 when the row is the first of its kind. With `skipMissing`, rows with a missing value in
 * any of the columns are never duplicates (SQL's UNIQUE semantics for keys) and get -1.
 *
 * An open-addressing hash table in typed arrays (linear probing, load ≤ 1/2): the first hash
 * picks the slot, the second screens candidates before the exact column comparison.
 */
function firstOccurrences(columns, rowCount, skipMissing) {
    if (columns.length === 1 && !isNumeric(columns[0]))
        return firstOccurrencesOfCodes(columns[0].codes, columns[0].dictionary.length, skipMissing);
    const first = new Int32Array(rowCount).fill(-1);
    const { a, b } = rowHashes(columns, rowCount);
    const skip = skipMissing ? row_keys_missingRows(columns, rowCount) : undefined;
    let size = 16;
    while (size < rowCount * 2)
        size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size).fill(-1);
    for (let i = 0; i < rowCount; i++) {
        if (skip !== undefined && skip[i] === 1)
            continue;
        const check = b[i];
        let slot = a[i] & mask;
        for (;;) {
            const r = slots[slot];
            if (r < 0) {
                slots[slot] = i;
                break;
            }
            if (b[r] === check && sameRow(columns, r, i)) {
                first[i] = r;
                break;
            }
            slot = (slot + 1) & mask;
        }
    }
    return first;
}
/** One text column: the codes are the keys, so an array indexed by code replaces the hash table. */
function firstOccurrencesOfCodes(codes, dictionarySize, skipMissing) {
    const first = new Int32Array(codes.length).fill(-1);
    const firstOfCode = new Int32Array(dictionarySize).fill(-1);
    let firstMissing = -1;
    for (let i = 0; i < codes.length; i++) {
        const code = codes[i];
        if (code < 0) {
            if (skipMissing)
                continue;
            if (firstMissing < 0)
                firstMissing = i;
            else
                first[i] = firstMissing;
            continue;
        }
        if (firstOfCode[code] < 0)
            firstOfCode[code] = i;
        else
            first[i] = firstOfCode[code];
    }
    return first;
}

;// CONCATENATED MODULE: ./src/checks/unique.ts



function uniqueColumnCheck(view, schema) {
    const expected = 'no value repeated';
    const mostly = schema.mostly.unique;
    const nonMissing = view.rowCount - view.missingCount;
    if (nonMissing === 0) {
        return skippedResult({ column: schema.name, check: 'unique', expected, mostly, reason: 'no non-missing values' });
    }
    const first = firstOccurrences([view.column], view.rowCount, true);
    const sample = new UnexpectedSample();
    const repeatedOriginals = new Set();
    for (let i = 0; i < first.length; i++) {
        if (first[i] < 0)
            continue;
        repeatedOriginals.add(first[i]);
        if (sample.add(i))
            sample.examples.push(view.token(i));
    }
    return rowCheckResult({
        column: schema.name,
        check: 'unique',
        expected,
        severity: schema.severity,
        observed: repeatedOriginals.size,
        sample,
        denominator: nonMissing,
        mostly,
    });
}
/** `unique(a, b)`: the key columns together identify each row. Missing key columns → skipped. */
function uniqueKeyCheck(table, key) {
    const id = `unique(${key.join(', ')})`;
    const column = key.join(', ');
    const expected = `no two rows share ${key.length === 1 ? 'a value' : 'values'} of ${key.map((k) => `"${k}"`).join(', ')}`;
    const columns = [];
    for (const name of key) {
        const c = table.columns.find((col) => col.name === name);
        if (c === undefined)
            return skippedResult({ id, column, check: 'unique', expected, reason: `column "${name}" is missing` });
        columns.push(c);
    }
    const first = firstOccurrences(columns, table.rowCount, true);
    const sample = new UnexpectedSample();
    let considered = 0;
    for (let i = 0; i < first.length; i++) {
        if (first[i] >= 0 || !hasMissingKey(columns, i))
            considered++;
        if (first[i] < 0)
            continue;
        if (sample.add(i))
            sample.examples.push(keyText(columns, i));
    }
    return rowCheckResult({
        id,
        column,
        check: 'unique',
        expected,
        severity: 'fail',
        observed: sample.count,
        sample,
        denominator: considered,
        mostly: null,
    });
}
/** `duplicate_rows`: no row repeats an earlier row in every column. */
function duplicateRowsCheck(table) {
    const expected = 'no row repeated';
    const first = firstOccurrences(table.columns, table.rowCount, false);
    const sample = new UnexpectedSample();
    for (let i = 0; i < first.length; i++) {
        if (first[i] >= 0 && sample.add(i))
            sample.examples.push(`same as row ${first[i] + 1}`);
    }
    return rowCheckResult({
        column: null,
        check: 'duplicate_rows',
        expected,
        severity: 'fail',
        observed: sample.count,
        sample,
        denominator: table.rowCount,
        mostly: null,
    });
}
function hasMissingKey(columns, row) {
    return columns.some((c) => (isNumeric(c) ? Number.isNaN(c.values[row]) : c.codes[row] < 0));
}
function keyText(columns, row) {
    if (columns.length === 1)
        return cellText(columns[0], row);
    return columns.map((c) => `${c.name}=${cellText(c, row)}`).join(', ');
}
function cellText(column, row) {
    if (!isNumeric(column))
        return column.dictionary[column.codes[row]];
    return column.values[row];
}

;// CONCATENATED MODULE: ./src/checks/monotonic.ts


function monotonicCheck(view, schema, direction) {
    const expected = direction.replace('_', ' ');
    const mostly = schema.mostly.monotonic;
    const values = view.values;
    if (values === null || view.validCount < 2) {
        return skippedResult({ column: schema.name, check: 'monotonic', expected, mostly, reason: 'fewer than 2 valid values' });
    }
    const sign = direction.endsWith('increasing') ? 1 : -1;
    const strict = direction.startsWith('strictly');
    const sample = new UnexpectedSample();
    const { state } = view;
    let previous = NaN;
    for (let i = 0; i < values.length; i++) {
        if (state[i] !== VALID)
            continue;
        const v = values[i];
        if (!Number.isNaN(previous)) {
            const step = sign * (v - previous);
            const bad = strict ? !(step > 0) : step < 0;
            if (bad && sample.add(i))
                sample.examples.push(view.token(i));
        }
        previous = v;
    }
    return rowCheckResult({
        column: schema.name,
        check: 'monotonic',
        expected,
        severity: schema.severity,
        observed: sample.count,
        sample,
        denominator: view.validCount - 1,
        mostly,
    });
}

;// CONCATENATED MODULE: ./src/checks/reference.ts




function referenceRowCountCheck(rows, referenceRows, tolerance, severity) {
    if (referenceRows === 0) {
        return skippedResult({
            column: null,
            check: 'reference_row_count',
            expected: `within ±${showPercent(tolerance)} of the reference's rows`,
            reason: 'the reference has no rows',
        });
    }
    const lo = Math.ceil(referenceRows * (1 - tolerance) - 1e-9);
    const hi = Math.floor(referenceRows * (1 + tolerance) + 1e-9);
    return statisticResult({
        column: null,
        check: 'reference_row_count',
        expected: `within ±${showPercent(tolerance)} of the reference's ${referenceRows} rows (${Math.max(lo, 0)} … ${hi})`,
        severity,
        observed: rows,
        ok: rows >= lo && rows <= hi,
    });
}
function referenceNullFractionCheck(view, reference, schema, tolerance, severity) {
    const check = 'reference_null_fraction';
    if (reference === undefined || reference.rowCount === 0 || view.rowCount === 0) {
        const expected = `missing fraction at most ${showPercent(tolerance)} above the reference's`;
        const reason = reference === undefined ? 'the column is not in the reference' : view.rowCount === 0 ? 'no rows' : 'the reference has no rows';
        return skippedResult({ column: schema.name, check, expected, reason });
    }
    const before = reference.missingCount / reference.rowCount;
    const now = view.missingCount / view.rowCount;
    return statisticResult({
        column: schema.name,
        check,
        expected: `missing fraction at most ${showPercent(Math.min(1, before + tolerance))} (reference ${showPercent(before)} + ${showPercent(tolerance)})`,
        severity,
        observed: now,
        ok: now <= before + tolerance + 1e-12,
    });
}
function referenceDistinctCountCheck(view, reference, schema, tolerance, severity) {
    const check = 'reference_distinct_count';
    const referenceDistinct = reference === undefined ? 0 : distinctValid(reference);
    if (reference === undefined || referenceDistinct === 0) {
        const expected = `distinct values within ±${showPercent(tolerance)} of the reference's`;
        const reason = reference === undefined ? 'the column is not in the reference' : 'the reference has no values in this column';
        return skippedResult({ column: schema.name, check, expected, reason });
    }
    const distinct = distinctValid(view);
    const lo = Math.ceil(referenceDistinct * (1 - tolerance) - 1e-9);
    const hi = Math.floor(referenceDistinct * (1 + tolerance) + 1e-9);
    return statisticResult({
        column: schema.name,
        check,
        expected: `within ±${showPercent(tolerance)} of the reference's ${referenceDistinct} distinct values (${Math.max(lo, 0)} … ${hi})`,
        severity,
        observed: distinct,
        ok: distinct >= lo && distinct <= hi,
    });
}
function newCategoriesCheck(view, reference, schema, severity) {
    const check = 'new_categories';
    const expected = 'only values seen in the reference';
    if (reference === undefined) {
        return skippedResult({ column: schema.name, check, expected, reason: 'the column is not in the reference' });
    }
    if (view.validCount === 0)
        return skippedResult({ column: schema.name, check, expected, reason: 'no valid values' });
    const label = (v) => showValue(v, schema.type);
    const known = validLabels(reference, label);
    const sample = new UnexpectedSample();
    const unseen = new Map();
    const { state } = view;
    for (let i = 0; i < view.rowCount; i++) {
        if (state[i] !== VALID)
            continue;
        const text = view.codes !== null && view.dictionary !== null ? view.dictionary[view.codes[i]] : label(view.values[i]);
        if (known.has(text))
            continue;
        unseen.set(text, (unseen.get(text) ?? 0) + 1);
        if (sample.add(i))
            sample.examples.push(view.token(i));
    }
    const ranked = [...unseen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return rowCheckResult({
        column: schema.name,
        check,
        expected,
        severity,
        observed: ranked.length === 0 ? 'none' : showList(ranked.map(([v, n]) => `"${v}" (${n})`)),
        sample,
        denominator: view.validCount,
        mostly: null,
    });
}

;// CONCATENATED MODULE: ./src/checks/validate-table.ts















function validateTable(table, schema, options = {}) {
    const { reference } = options;
    const names = columnNames(table);
    const checks = [rowCountCheck(table.rowCount, schema.rows)];
    if (!schema.allowExtraColumns)
        checks.push(extraColumnsCheck(names, schema));
    if (schema.columnOrder === 'strict')
        checks.push(columnOrderCheck(names, schema));
    const tolerances = schema.reference;
    if (reference !== undefined && tolerances.rowCount !== undefined) {
        checks.push(referenceRowCountCheck(table.rowCount, reference.rowCount, tolerances.rowCount, tolerances.severity));
    }
    if (schema.noDuplicateRows)
        checks.push(duplicateRowsCheck(table));
    for (const key of schema.unique)
        checks.push(uniqueKeyCheck(table, key));
    const present = presentChecks(names, schema);
    const views = new Map();
    schema.columns.forEach((columnSchema, index) => {
        checks.push(present[index]);
        const column = findColumn(table, columnSchema.name);
        const view = columnView(column ?? emptyColumn(columnSchema.name), columnSchema);
        let results = columnChecks(view, columnSchema);
        if (reference !== undefined) {
            const referenceColumn = findColumn(reference, columnSchema.name);
            const referenceView = referenceColumn === undefined ? undefined : columnView(referenceColumn, columnSchema);
            results = results.concat(referenceChecks(view, referenceView, columnSchema, schema));
        }
        if (column === undefined) {
            const reason = columnSchema.required ? `column "${columnSchema.name}" is missing` : 'optional column absent';
            results = results.map((r) => ({ ...r, status: 'skipped', observed: null, reason }));
        }
        else {
            views.set(columnSchema.name, view);
        }
        checks.push(...results);
    });
    const profile = table.columns.map((column) => {
        const declared = schema.columns.find((c) => c.name === column.name);
        const view = views.get(column.name) ?? columnView(column, { type: loadedAsSchemaType(column) });
        return profileColumn(view, declared !== undefined);
    });
    return {
        rows: table.rowCount,
        columns: profile.map(({ name, type, nulls, distinct }) => ({ name, type, nulls, distinct })),
        checks,
        profile,
    };
}
/** The checks a schema column asks for, on its view (a missing column gets an empty view). */
function columnChecks(view, schema) {
    const results = [typeCheck(view, schema)];
    if (!schema.nullable)
        results.push(notNullCheck(view, schema));
    if (schema.maxNullFraction !== undefined)
        results.push(nullFractionCheck(view, schema, schema.maxNullFraction));
    if (schema.range !== undefined)
        results.push(rangeCheck(view, schema, schema.range));
    if (schema.allowed !== undefined)
        results.push(allowedCheck(view, schema, schema.allowed));
    if (schema.pattern !== undefined)
        results.push(patternCheck(view, schema, schema.pattern));
    if (schema.minLength !== undefined || schema.maxLength !== undefined)
        results.push(lengthCheck(view, schema));
    if (schema.unique)
        results.push(uniqueColumnCheck(view, schema));
    if (schema.monotonic !== undefined)
        results.push(monotonicCheck(view, schema, schema.monotonic));
    if (schema.mean !== undefined)
        results.push(statisticCheck(view, schema, 'mean', schema.mean));
    if (schema.median !== undefined)
        results.push(statisticCheck(view, schema, 'median', schema.median));
    if (schema.std !== undefined)
        results.push(statisticCheck(view, schema, 'std', schema.std));
    return results;
}
function referenceChecks(view, referenceView, column, schema) {
    const { nullFraction, distinctCount, newCategories, severity } = schema.reference;
    const results = [];
    if (nullFraction !== undefined)
        results.push(referenceNullFractionCheck(view, referenceView, column, nullFraction, severity));
    const categorical = column.type === 'category' || column.type === 'boolean';
    if (categorical && distinctCount !== undefined) {
        results.push(referenceDistinctCountCheck(view, referenceView, column, distinctCount, severity));
    }
    // With an `allowed` set, values outside it are already named by the `allowed` check.
    if (column.type === 'category' && newCategories && column.allowed === undefined) {
        results.push(newCategoriesCheck(view, referenceView, column, severity));
    }
    return results;
}
function findColumn(table, name) {
    return table.columns.find((c) => c.name === name);
}
function emptyColumn(name) {
    return { name, type: 'string', codes: new Int32Array(0), dictionary: [], nullCount: 0 };
}
/** A column the schema does not name is profiled as what the loader found. */
function loadedAsSchemaType(column) {
    return column.type;
}

;// CONCATENATED MODULE: ./src/checks/index.ts
/** The validate-data engine: checks over a loaded table, results as data. */




;// CONCATENATED MODULE: ./src/schema/types.ts
/**
 * The validate-data schema (DESIGN.md, "Schema file for validate-data") as a typed, validated
 * value. Produced by {@link parseSchema} from a file or by {@link inferSchema} from a reference
 * table; consumed by `validateTable`. Nothing downstream of the parser sees raw YAML.
 */
const SCHEMA_COLUMN_TYPES = [
    'integer',
    'number',
    'boolean',
    'datetime',
    'category',
    'string',
];
const MONOTONIC_VALUES = [
    'increasing',
    'decreasing',
    'strictly_increasing',
    'strictly_decreasing',
];
const ROW_CHECK_NAMES = [
    'type',
    'not_null',
    'range',
    'allowed',
    'pattern',
    'length',
    'unique',
    'monotonic',
];
/** Defaults of the `reference` section, used when a reference is given and the key is absent. */
const DEFAULT_REFERENCE_TOLERANCES = {
    rowCount: 0.5,
    nullFraction: 0.05,
    distinctCount: 0.5,
    newCategories: true,
    severity: 'fail',
};
/** Row count bounds when the file states none. */
const DEFAULT_MIN_ROWS = 1;

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/schema/parse.ts
/**
 * Schema file (YAML or JSON) → a validated {@link Schema}. The file is parsed to `unknown` and
 * narrowed key by key; every mistake is a one-line ConfigurationError naming the file, the column
 * and the key, with the allowed keys or values (and the closest one, for typos).
 *
 * Bounds: `min` / `max` are inclusive; `exclusive_min` / `exclusive_max` are the exclusive
 * variants (JSON Schema's `exclusiveMinimum` style: the key carries the bound, so `exclusive_min: 0`
 * means "greater than 0"). A side takes one of the two keys, never both. The same four keys
 * bound `mean`, `median` and `std`.
 */






const TABLE_KEYS = [
    'columns',
    'rows',
    'allow_extra_columns',
    'column_order',
    'unique',
    'no_duplicate_rows',
    'null_values',
    'reference',
    'description',
];
const COLUMN_KEYS = [
    'type',
    'format',
    'required',
    'nullable',
    'max_null_fraction',
    'min',
    'max',
    'exclusive_min',
    'exclusive_max',
    'allowed',
    'pattern',
    'min_length',
    'max_length',
    'unique',
    'monotonic',
    'mean',
    'median',
    'std',
    'mostly',
    'severity',
    'description',
];
const BOUND_KEYS = ['min', 'max', 'exclusive_min', 'exclusive_max'];
const ROWS_KEYS = ['min', 'max'];
const REFERENCE_KEYS = ['row_count', 'null_fraction', 'distinct_count', 'new_categories', 'severity'];
const SEVERITIES = ['fail', 'warn'];
const COLUMN_ORDERS = ['strict', 'ignore'];
/** Which column types accept a key (keys not listed accept every type). */
const KEY_TYPES = {
    format: ['datetime'],
    min: ['integer', 'number', 'datetime'],
    max: ['integer', 'number', 'datetime'],
    exclusive_min: ['integer', 'number', 'datetime'],
    exclusive_max: ['integer', 'number', 'datetime'],
    allowed: ['integer', 'number', 'category', 'string'],
    pattern: ['category', 'string'],
    min_length: ['category', 'string'],
    max_length: ['category', 'string'],
    monotonic: ['integer', 'number', 'datetime'],
    mean: ['integer', 'number', 'boolean'],
    median: ['integer', 'number'],
    std: ['integer', 'number'],
};
/** Reads and parses a schema file; `.json` is parsed as JSON, anything else as YAML. */
async function readSchemaFile(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const why = code === 'ENOENT' ? 'not found' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
        throw new ConfigurationError(`schema file "${path}" ${why}`);
    }
    return parseSchema(text, path);
}
/** Parses schema text. `source` names the file in messages and decides JSON (`.json`) or YAML. */
function parseSchema(text, source) {
    const raw = source.toLowerCase().endsWith('.json') ? parseJson(text, source) : parseYaml(text, source);
    return schemaFromValue(raw, source);
}
/** Validates an already-parsed value (a `--config` section, a test) as a schema. */
function schemaFromValue(raw, source) {
    const fail = (message) => {
        throw new errors_ConfigurationError(`${source}: ${message}`);
    };
    if (raw === null || raw === undefined)
        fail('the schema is empty; expected a mapping with a "columns" key');
    const top = asMapping(raw, 'the schema', fail);
    checkKeys(top, TABLE_KEYS, 'top-level key', undefined, fail);
    const columnsValue = top.columns ?? {};
    const columnsMap = asMapping(columnsValue, '"columns"', fail, 'a mapping of column name to checks');
    const columns = Object.entries(columnsMap).map(([name, value]) => parseColumn(name, value, fail));
    const rowsMap = top.rows === undefined ? {} : asMapping(top.rows, '"rows"', fail);
    checkKeys(rowsMap, ROWS_KEYS, 'key', '"rows"', fail);
    const rowsMin = rowsMap.min === undefined ? DEFAULT_MIN_ROWS : count(rowsMap.min, '"rows.min"', fail);
    const rowsMax = rowsMap.max === undefined ? undefined : count(rowsMap.max, '"rows.max"', fail);
    if (rowsMax !== undefined && rowsMin > rowsMax)
        fail(`"rows.min" (${rowsMin}) is greater than "rows.max" (${rowsMax})`);
    const unique = top.unique === undefined ? [] : parseKeySets(top.unique, fail);
    const nullValues = top.null_values === undefined ? [] : stringList(top.null_values, '"null_values"', fail, { allowEmpty: true });
    return {
        source,
        columns,
        rows: rowsMax === undefined ? { min: rowsMin } : { min: rowsMin, max: rowsMax },
        allowExtraColumns: top.allow_extra_columns === undefined ? true : bool(top.allow_extra_columns, '"allow_extra_columns"', fail),
        columnOrder: top.column_order === undefined ? 'ignore' : oneOf(top.column_order, COLUMN_ORDERS, '"column_order"', fail),
        unique,
        noDuplicateRows: top.no_duplicate_rows === undefined ? false : bool(top.no_duplicate_rows, '"no_duplicate_rows"', fail),
        nullValues,
        reference: top.reference === undefined ? DEFAULT_REFERENCE_TOLERANCES : parseReference(top.reference, fail),
    };
}
function parseColumn(name, value, fail) {
    const where = `column "${name}"`;
    const failHere = (message) => fail(`${where}: ${message}`);
    if (value === null)
        failHere(`expected a mapping of checks with at least "type"; the types are ${SCHEMA_COLUMN_TYPES.join(', ')}`);
    const spec = asMapping(value, 'the column', failHere);
    checkKeys(spec, COLUMN_KEYS, 'key', undefined, failHere);
    if (spec.type === undefined)
        failHere(`"type" is required; the types are ${SCHEMA_COLUMN_TYPES.join(', ')}`);
    const type = oneOf(spec.type, SCHEMA_COLUMN_TYPES, '"type"', failHere);
    for (const key of Object.keys(spec)) {
        const types = KEY_TYPES[key];
        if (types !== undefined && !types.includes(type)) {
            failHere(`"${key}" does not apply to type ${type}; it applies to ${types.join(', ')}`);
        }
    }
    const format = spec.format === undefined ? undefined : parse_text(spec.format, '"format"', failHere);
    if (format !== undefined) {
        const problem = datetimeFormatProblem(format);
        if (problem !== undefined)
            failHere(`"format": ${problem}`);
    }
    const parseDate = type === 'datetime' ? datetimeParser(format) : undefined;
    const boundValue = (v, key) => {
        if (type !== 'datetime')
            return finite(v, `"${key}"`, failHere);
        if (typeof v !== 'string')
            failHere(`"${key}" must be a date written as text (ISO 8601${format ? ` or "${format}"` : ''}), got ${show(v)}`);
        const ms = parseDate(v);
        const parsed = Number.isNaN(ms) ? parseIsoDatetime(v) : ms;
        if (Number.isNaN(parsed))
            failHere(`"${key}" is not a date: ${show(v)}`);
        return parsed;
    };
    const range = parseRange(spec, boundValue, '', failHere);
    const mostly = parseMostly(spec.mostly, failHere);
    const minLength = spec.min_length === undefined ? undefined : count(spec.min_length, '"min_length"', failHere);
    const maxLength = spec.max_length === undefined ? undefined : count(spec.max_length, '"max_length"', failHere);
    if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
        failHere(`"min_length" (${minLength}) is greater than "max_length" (${maxLength})`);
    }
    const pattern = spec.pattern === undefined ? undefined : parsePattern(spec.pattern, failHere);
    const statRange = (key) => {
        if (spec[key] === undefined)
            return undefined;
        const map = asMapping(spec[key], `"${key}"`, failHere, 'a mapping such as { min: 0, max: 1 }');
        checkKeys(map, BOUND_KEYS, 'key', `"${key}"`, failHere);
        const r = parseRange(map, (v, k) => finite(v, `"${key}.${k}"`, failHere), `${key}.`, failHere);
        if (r === undefined)
            failHere(`"${key}" needs at least one of ${BOUND_KEYS.join(', ')}`);
        return r;
    };
    const column = {
        name,
        type,
        ...(format === undefined ? {} : { format }),
        required: spec.required === undefined ? true : bool(spec.required, '"required"', failHere),
        nullable: spec.nullable === undefined ? true : bool(spec.nullable, '"nullable"', failHere),
        ...(spec.max_null_fraction === undefined
            ? {}
            : { maxNullFraction: fraction(spec.max_null_fraction, '"max_null_fraction"', failHere) }),
        ...(range === undefined ? {} : { range }),
        ...(spec.allowed === undefined ? {} : { allowed: allowedList(spec.allowed, failHere) }),
        ...(pattern === undefined ? {} : { pattern }),
        ...(minLength === undefined ? {} : { minLength }),
        ...(maxLength === undefined ? {} : { maxLength }),
        unique: spec.unique === undefined ? false : bool(spec.unique, '"unique"', failHere),
        ...(spec.monotonic === undefined
            ? {}
            : { monotonic: oneOf(spec.monotonic, MONOTONIC_VALUES, '"monotonic"', failHere) }),
        ...optional('mean', statRange('mean')),
        ...optional('median', statRange('median')),
        ...optional('std', statRange('std')),
        mostly,
        severity: spec.severity === undefined ? 'fail' : oneOf(spec.severity, SEVERITIES, '"severity"', failHere),
        ...(spec.description === undefined ? {} : { description: parse_text(spec.description, '"description"', failHere) }),
    };
    return column;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function parseRange(spec, value, prefix, fail) {
    const side = (inclusive, exclusive) => {
        const hasInclusive = spec[inclusive] !== undefined;
        const hasExclusive = spec[exclusive] !== undefined;
        if (hasInclusive && hasExclusive) {
            fail(`"${prefix}${inclusive}" and "${prefix}${exclusive}" both bound the same side; keep one`);
        }
        if (hasInclusive)
            return { value: value(spec[inclusive], inclusive), exclusive: false };
        if (hasExclusive)
            return { value: value(spec[exclusive], exclusive), exclusive: true };
        return undefined;
    };
    const min = side('min', 'exclusive_min');
    const max = side('max', 'exclusive_max');
    if (min === undefined && max === undefined)
        return undefined;
    if (min !== undefined && max !== undefined) {
        const empty = min.value > max.value || (min.value === max.value && (min.exclusive || max.exclusive));
        if (empty) {
            const lower = min.exclusive ? 'exclusive_min' : 'min';
            const upper = max.exclusive ? 'exclusive_max' : 'max';
            fail(`"${prefix}${lower}" (${show(spec[lower])}) and "${prefix}${upper}" (${show(spec[upper])}) leave no value allowed`);
        }
    }
    return { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}
function parseMostly(value, fail) {
    const all = (v) => Object.fromEntries(ROW_CHECK_NAMES.map((n) => [n, v]));
    if (value === undefined)
        return all(1);
    if (typeof value === 'number')
        return all(fraction(value, '"mostly"', fail));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        fail(`"mostly" must be a fraction from 0 to 1, or a mapping of check to fraction (checks: ${ROW_CHECK_NAMES.join(', ')}); got ${show(value)}`);
    }
    const map = value;
    checkKeys(map, ROW_CHECK_NAMES, 'check', '"mostly"', fail);
    const result = all(1);
    for (const [key, v] of Object.entries(map))
        result[key] = fraction(v, `"mostly.${key}"`, fail);
    return result;
}
function parsePattern(value, fail) {
    const source = parse_text(value, '"pattern"', fail);
    try {
        new RegExp(source, 'u');
    }
    catch (error) {
        fail(`"pattern" is not a valid regular expression: ${error.message}`);
    }
    return source;
}
function allowedList(value, fail) {
    if (!Array.isArray(value) || value.length === 0)
        fail(`"allowed" must be a non-empty list of values, got ${show(value)}`);
    const out = new Set();
    for (const item of value) {
        if (typeof item === 'string')
            out.add(item);
        else if (typeof item === 'number' && Number.isFinite(item))
            out.add(String(item));
        else if (typeof item === 'boolean')
            out.add(String(item));
        else
            fail(`"allowed" holds ${show(item)}; list values as text or numbers (missing values are governed by "nullable")`);
    }
    return [...out];
}
function parseKeySets(value, fail) {
    const usage = 'a list of column names or lists of column names, e.g. [id, [store, date]]';
    if (!Array.isArray(value))
        fail(`"unique" must be ${usage}; got ${show(value)}`);
    return value.map((item) => {
        if (typeof item === 'string' && item !== '')
            return [item];
        if (Array.isArray(item) && item.length > 0 && item.every((n) => typeof n === 'string' && n !== '')) {
            return [...item];
        }
        return fail(`"unique" must be ${usage}; got ${show(item)}`);
    });
}
function parseReference(value, fail) {
    const map = asMapping(value, '"reference"', fail);
    checkKeys(map, REFERENCE_KEYS, 'key', '"reference"', fail);
    const tolerance = (key, fallback, isFraction) => {
        const v = map[key];
        if (v === undefined)
            return fallback;
        if (v === false || v === null)
            return undefined;
        return isFraction ? fraction(v, `"reference.${key}"`, fail) : nonNegative(v, `"reference.${key}"`, fail);
    };
    const d = DEFAULT_REFERENCE_TOLERANCES;
    const rowCount = tolerance('row_count', d.rowCount, false);
    const nullFraction = tolerance('null_fraction', d.nullFraction, true);
    const distinctCount = tolerance('distinct_count', d.distinctCount, false);
    return {
        ...optional('rowCount', rowCount),
        ...optional('nullFraction', nullFraction),
        ...optional('distinctCount', distinctCount),
        newCategories: map.new_categories === undefined ? d.newCategories : bool(map.new_categories, '"reference.new_categories"', fail),
        severity: map.severity === undefined ? d.severity : oneOf(map.severity, SEVERITIES, '"reference.severity"', fail),
    };
}
// ---- narrowing helpers: each names the key and what was expected ----
function asMapping(value, what, fail, expected = 'a mapping') {
    if (value === null && what === '"columns"')
        return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return fail(`${what} must be ${expected}, got ${show(value)}`);
    }
    return value;
}
/** Refuses keys outside `allowed`: `unknown <kind> "<key>" in <container> (did you mean …); the <kind>s are …`. */
function checkKeys(map, allowed, kind, container, fail) {
    for (const key of Object.keys(map)) {
        if (allowed.includes(key))
            continue;
        const closest = closestName(key, allowed);
        const hint = closest === undefined ? '' : ` (did you mean "${closest}"?)`;
        const where = container === undefined ? '' : ` in ${container}`;
        fail(`unknown ${kind} "${key}"${where}${hint}; the ${kind}s are ${allowed.join(', ')}`);
    }
}
function oneOf(value, allowed, what, fail) {
    if (typeof value === 'string' && allowed.includes(value))
        return value;
    const closest = typeof value === 'string' ? closestName(value, allowed) : undefined;
    const hint = closest === undefined ? '' : ` (did you mean "${closest}"?)`;
    return fail(`${what} must be one of ${allowed.join(', ')}; got ${show(value)}${hint}`);
}
function bool(value, what, fail) {
    if (typeof value === 'boolean')
        return value;
    return fail(`${what} must be true or false, got ${show(value)}`);
}
function parse_text(value, what, fail) {
    if (typeof value === 'string' && value !== '')
        return value;
    return fail(`${what} must be non-empty text, got ${show(value)}`);
}
function finite(value, what, fail) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    return fail(`${what} must be a number, got ${show(value)}`);
}
function nonNegative(value, what, fail) {
    const v = finite(value, what, fail);
    if (v < 0)
        fail(`${what} must be 0 or more, got ${show(value)}`);
    return v;
}
function fraction(value, what, fail) {
    if (typeof value === 'number' && value >= 0 && value <= 1)
        return value;
    return fail(`${what} must be a fraction from 0 to 1, got ${show(value)}`);
}
function count(value, what, fail) {
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return value;
    return fail(`${what} must be a whole number, 0 or more, got ${show(value)}`);
}
function stringList(value, what, fail, { allowEmpty = false } = {}) {
    if (Array.isArray(value) && (allowEmpty || value.length > 0)) {
        return value.map((item) => {
            if (typeof item === 'string')
                return item;
            if (typeof item === 'number' || typeof item === 'boolean')
                return String(item);
            return fail(`${what} must be a list of text values; got ${show(item)}`);
        });
    }
    return fail(`${what} must be a list of text values, got ${show(value)}`);
}
/** A value as the user wrote it, short enough for one line. */
function show(value) {
    if (value === undefined)
        return 'nothing';
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
function parseJson(text, source) {
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new errors_ConfigurationError(`${source}: not valid JSON: ${error.message}`);
    }
}
function parseYaml(text, source) {
    const doc = (0,dist.parseDocument)(text.replace(/^\uFEFF/, ''), { uniqueKeys: true });
    const error = doc.errors[0];
    if (error !== undefined) {
        const at = error.linePos?.[0];
        const where = at === undefined ? '' : `line ${at.line}, column ${at.col}: `;
        const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new errors_ConfigurationError(`${source}: not valid YAML: ${where}${message}`);
    }
    return doc.toJS();
}

;// CONCATENATED MODULE: ./src/schema/load-options.ts
function loadOptionsFor(schema) {
    const types = {};
    for (const column of schema.columns) {
        const text = column.type === 'category' || column.type === 'string';
        const formatted = column.type === 'datetime' && column.format !== undefined && column.format.toLowerCase() !== 'iso';
        if (text || formatted)
            types[column.name] = 'string';
    }
    return { types, nullValues: [...schema.nullValues], allowEmpty: true };
}

;// CONCATENATED MODULE: ./src/schema/infer.ts





/** Text columns with more distinct values than this are `string`, not `category`. */
const MAX_CATEGORIES = 50;
const ID_WORD = /(^|[_\s.-])(id|key|uuid|guid|code)$|^(id|key|uuid|guid)([_\s.-]|$)/i;
const ID_CAMEL = /[a-z](Id|ID|Key|Uuid|Code)$/;
function inferSchema(table, options = {}) {
    return {
        source: `inferred from ${table.source}`,
        columns: table.columns.map((column) => inferColumn(column, table.rowCount)),
        rows: { min: DEFAULT_MIN_ROWS },
        allowExtraColumns: false,
        columnOrder: 'ignore',
        unique: [],
        noDuplicateRows: false,
        nullValues: [...(options.nullValues ?? [])],
        reference: DEFAULT_REFERENCE_TOLERANCES,
    };
}
/** Header lines for the YAML of an inferred schema (pass to `renderSchemaYaml`). */
function inferredSchemaHeader(table) {
    return [
        `mlgate validate-data schema, inferred from ${table.source} (${table.rowCount} rows).`,
        'Review it before committing: bounds are the observed range rounded outward, categories are',
        'the values seen. Every column is required; columns not listed here are not allowed.',
    ];
}
function inferColumn(column, rowCount) {
    const loaded = column.type;
    const view = columnView(column, { type: loaded });
    // What the reference showed, and what inference did with it: the column's YAML comment.
    const facts = [];
    const actions = [];
    const nonMissing = rowCount - view.missingCount;
    const distinct = distinctValid(view);
    let type = loaded;
    let allowed;
    if (loaded === 'string' && distinct > 0 && distinct <= MAX_CATEGORIES && distinct * 2 <= nonMissing) {
        type = 'category';
        allowed = categoryValues(view);
        facts.push(`${distinct} distinct value${distinct === 1 ? '' : 's'}`);
    }
    const nullable = view.missingCount > 0;
    let maxNullFraction;
    if (view.validCount === 0) {
        facts.push('no values');
        actions.push('only the type is known');
    }
    else if (nullable) {
        const observed = view.missingCount / rowCount;
        const bound = roundUpToStep(observed * 1.25);
        if (bound < 1) {
            maxNullFraction = bound;
            facts.push(`${Number((observed * 100).toPrecision(3))}% missing`);
            actions.push('missing bound × 1.25, rounded up');
        }
    }
    const idLike = isIdLike(view, column.name, type, rowCount, distinct);
    let range;
    if ((type === 'integer' || type === 'number') && view.validCount > 0 && !idLike) {
        const { min: lo, max: hi } = view.extent();
        if (Number.isFinite(lo) && Number.isFinite(hi)) {
            const bounds = roundOutward(lo, hi, type === 'integer');
            range = { min: { value: bounds.min, exclusive: false }, max: { value: bounds.max, exclusive: false } };
            facts.push(`${showStatistic(lo)} … ${showStatistic(hi)}`);
            actions.push('bounds rounded outward');
        }
    }
    if (type === 'datetime' && view.validCount > 0) {
        const { min, max } = view.extent();
        facts.push(`${formatDatetime(min)} … ${formatDatetime(max)}`);
        actions.push('dates not bounded');
    }
    if (idLike)
        actions.push('id-like: unique, no bounds');
    const note = [...(facts.length > 0 ? [`reference: ${facts.join(', ')}`] : []), ...actions].join('; ');
    const mostly = Object.fromEntries(ROW_CHECK_NAMES.map((n) => [n, 1]));
    return {
        name: column.name,
        type,
        required: true,
        nullable,
        ...(maxNullFraction === undefined ? {} : { maxNullFraction }),
        ...(range === undefined ? {} : { range }),
        ...(allowed === undefined ? {} : { allowed }),
        unique: idLike,
        mostly,
        severity: 'fail',
        ...(note === '' ? {} : { note }),
    };
}
/** The distinct valid values of a text view, sorted (numbers first by value, then text). */
function categoryValues(view) {
    const used = new Uint8Array(view.dictionary.length);
    for (let i = 0; i < view.rowCount; i++)
        if (view.state[i] === VALID)
            used[view.codes[i]] = 1;
    const values = view.dictionary.filter((_, k) => used[k] === 1);
    return values.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
function isIdLike(view, name, type, rowCount, distinct) {
    if ((type !== 'integer' && type !== 'string') || rowCount < 2 || view.missingCount > 0)
        return false;
    if (distinct !== view.validCount)
        return false;
    if (ID_WORD.test(name) || ID_CAMEL.test(name))
        return true;
    if (type !== 'integer' || rowCount < 10)
        return false;
    const { min, max } = view.extent();
    return max - min + 1 === view.validCount;
}
/**
 * `[lo, hi]` rounded outward to multiples of `10^(floor(log10(hi − lo)) − 1)` (at least 1 for
 * integers); a constant column uses its magnitude instead of the range.
 */
function roundOutward(lo, hi, integer) {
    const span = hi - lo > 0 ? hi - lo : Math.abs(hi) > 0 ? Math.abs(hi) : 1;
    let step = 10 ** (Math.floor(Math.log10(span)) - 1);
    if (integer)
        step = Math.max(1, step);
    const clean = (v) => Number(v.toPrecision(12));
    // A small tolerance keeps values already on the grid (0.21 / 0.01 = 20.999999999999996) there.
    const min = clean(Math.floor(lo / step + 1e-9) * step);
    const max = clean(Math.ceil(hi / step - 1e-9) * step);
    return { min: Math.min(min, lo), max: Math.max(max, hi) };
}
/** The smallest 1-2-5 step (…, 0.01, 0.02, 0.05, 0.1, …) at or above `x`. */
function roundUpToStep(x) {
    if (x <= 0)
        return 0;
    const magnitude = 10 ** Math.floor(Math.log10(x));
    for (const m of [1, 2, 5, 10]) {
        const candidate = Number((m * magnitude).toPrecision(12));
        if (candidate >= x)
            return candidate;
    }
    return Number((10 * magnitude).toPrecision(12));
}

;// CONCATENATED MODULE: ./src/schema/render.ts
/**
 * A schema → YAML in the schema file format, readable and meant to be edited and committed:
 * keys in a fixed order, defaults left out, `allowed` lists and short columns on one line,
 * inference notes as comments. `parseSchema(renderSchemaYaml(s))` gives back `s` (except the
 * source name and the notes, which are comments).
 */



/** The schema as the plain value a schema file holds (defaults omitted). */
function schemaToValue(schema) {
    const out = {};
    out.columns = Object.fromEntries(schema.columns.map((c) => [c.name, columnToValue(c)]));
    const rows = {};
    if (schema.rows.min !== undefined && schema.rows.min !== DEFAULT_MIN_ROWS)
        rows.min = schema.rows.min;
    if (schema.rows.max !== undefined)
        rows.max = schema.rows.max;
    if (Object.keys(rows).length > 0)
        out.rows = rows;
    if (!schema.allowExtraColumns)
        out.allow_extra_columns = false;
    if (schema.columnOrder !== 'ignore')
        out.column_order = schema.columnOrder;
    if (schema.unique.length > 0)
        out.unique = schema.unique.map((key) => (key.length === 1 ? key[0] : [...key]));
    if (schema.noDuplicateRows)
        out.no_duplicate_rows = true;
    if (schema.nullValues.length > 0)
        out.null_values = [...schema.nullValues];
    const reference = referenceToValue(schema);
    if (reference !== undefined)
        out.reference = reference;
    return out;
}
function renderSchemaYaml(schema, options = {}) {
    const doc = new dist.Document(schemaToValue(schema));
    if (options.header !== undefined && options.header.length > 0) {
        doc.commentBefore = options.header.map((line) => ` ${line}`).join('\n');
    }
    const columns = doc.get('columns', true);
    if ((0,dist.isMap)(columns)) {
        for (const pair of columns.items) {
            const key = pair.key;
            const value = pair.value;
            if (!(0,dist.isScalar)(key) || !(0,dist.isMap)(value))
                continue;
            const column = schema.columns.find((c) => c.name === key.value);
            if (column?.note !== undefined)
                key.commentBefore = column.note.split('\n').map((line) => ` ${line}`).join('\n');
            const allowed = value.get('allowed', true);
            if (allowed !== undefined)
                allowed.flow = true;
            for (const statistic of ['mean', 'median', 'std']) {
                const node = value.get(statistic, true);
                if (node !== undefined)
                    node.flow = true;
            }
            const mostly = value.get('mostly', true);
            if ((0,dist.isMap)(mostly))
                mostly.flow = true;
            // A short column reads best on one line, as in the schema format's own example.
            if (allowed === undefined && value.items.length <= 4)
                value.flow = true;
        }
    }
    for (const key of ['rows', 'reference']) {
        const node = doc.get(key, true);
        if ((0,dist.isMap)(node))
            node.flow = true;
    }
    return doc.toString({ lineWidth: 100 });
}
function columnToValue(c) {
    const out = { type: c.type };
    if (c.format !== undefined)
        out.format = c.format;
    if (!c.required)
        out.required = false;
    if (!c.nullable)
        out.nullable = false;
    if (c.maxNullFraction !== undefined)
        out.max_null_fraction = c.maxNullFraction;
    if (c.range !== undefined)
        Object.assign(out, rangeToValue(c.range, c.type === 'datetime'));
    if (c.allowed !== undefined)
        out.allowed = allowedToValue(c);
    if (c.pattern !== undefined)
        out.pattern = c.pattern;
    if (c.minLength !== undefined)
        out.min_length = c.minLength;
    if (c.maxLength !== undefined)
        out.max_length = c.maxLength;
    if (c.unique)
        out.unique = true;
    if (c.monotonic !== undefined)
        out.monotonic = c.monotonic;
    if (c.mean !== undefined)
        out.mean = rangeToValue(c.mean, false);
    if (c.median !== undefined)
        out.median = rangeToValue(c.median, false);
    if (c.std !== undefined)
        out.std = rangeToValue(c.std, false);
    const fractions = ROW_CHECK_NAMES.map((n) => c.mostly[n]);
    if (fractions.some((f) => f !== 1)) {
        if (fractions.every((f) => f === fractions[0]))
            out.mostly = fractions[0];
        else
            out.mostly = Object.fromEntries(ROW_CHECK_NAMES.filter((n) => c.mostly[n] !== 1).map((n) => [n, c.mostly[n]]));
    }
    if (c.severity !== 'fail')
        out.severity = c.severity;
    if (c.description !== undefined)
        out.description = c.description;
    return out;
}
/** Allowed values as numbers where the column is numeric (so `[1, 2]` stays `[1, 2]`). */
function allowedToValue(c) {
    const numeric = c.type === 'integer' || c.type === 'number';
    return (c.allowed ?? []).map((v) => (numeric && String(Number(v)) === v ? Number(v) : v));
}
function rangeToValue(range, datetime) {
    const show = (v) => (datetime ? formatDatetime(v) : v);
    const out = {};
    if (range.min !== undefined)
        out[range.min.exclusive ? 'exclusive_min' : 'min'] = show(range.min.value);
    if (range.max !== undefined)
        out[range.max.exclusive ? 'exclusive_max' : 'max'] = show(range.max.value);
    return out;
}
function referenceToValue(schema) {
    const r = schema.reference;
    const d = DEFAULT_REFERENCE_TOLERANCES;
    const out = {};
    if (r.rowCount !== d.rowCount)
        out.row_count = r.rowCount ?? false;
    if (r.nullFraction !== d.nullFraction)
        out.null_fraction = r.nullFraction ?? false;
    if (r.distinctCount !== d.distinctCount)
        out.distinct_count = r.distinctCount ?? false;
    if (r.newCategories !== d.newCategories)
        out.new_categories = r.newCategories;
    if (r.severity !== d.severity)
        out.severity = r.severity;
    return Object.keys(out).length > 0 ? out : undefined;
}

;// CONCATENATED MODULE: ./src/schema/index.ts







;// CONCATENATED MODULE: ./src/actions/validate-data/inputs.ts


const VALIDATE_DATA_INPUTS = [
    { name: 'data', kind: 'file', required: true, description: 'The dataset to check (CSV, TSV, JSON, JSON Lines or Parquet, optionally .gz). A glob checks every matching file and reports them together.' },
    { name: 'schema', kind: 'file', description: 'The schema file (YAML or JSON; format in the README). Without it, the schema is inferred from `reference`.' },
    { name: 'reference', kind: 'file', description: 'A reference dataset: the schema is inferred from it when `schema` is absent; with a schema, enables the reference checks (row count band, null fraction and distinct count jumps, new categories).' },
    { name: 'infer-schema', kind: 'string', description: 'Write the schema inferred from `reference` (or from `data` when there is no reference) to this file and stop: the way to bootstrap a schema to edit and commit.' },
    { name: 'null-values', kind: 'list', description: 'Tokens that mean a missing value, besides empty fields (added to the schema\'s `null_values`).' },
];
function readValidateDataConfig(reader) {
    const config = {
        data: reader.required('data'),
        schema: reader.optional('schema'),
        reference: reader.optional('reference'),
        inferSchema: reader.optional('infer-schema'),
        nullValues: reader.list('null-values'),
        gates: parseGates(reader.lines('gates')),
    };
    if (!config.schema && !config.reference && !config.inferSchema) {
        throw new errors_ConfigurationError('give a schema (input "schema") or a reference dataset to infer one from (input "reference")');
    }
    return config;
}

;// CONCATENATED MODULE: ./src/report/sparkline.ts
/** Unicode sparklines: a histogram in one line of block characters, rendered by any font. */
const BARS = '▁▂▃▄▅▆▇█';
/** One character per count, scaled to the largest; an empty count shows as a space-height bar. */
function sparkline(counts) {
    const max = Math.max(0, ...counts);
    if (max === 0)
        return '';
    return counts.map((c) => (c === 0 ? ' ' : BARS[Math.min(BARS.length - 1, Math.ceil((c / max) * BARS.length) - 1)])).join('');
}

;// CONCATENATED MODULE: ./src/actions/validate-data/render.ts





/** Offending values and rows shown per check in the table (all 20 are in the JSON). */
const EXAMPLES_SHOWN = 5;
const PROBLEM_ORDER = { error: 0, fail: 1, warn: 2 };
function renderValidateData(result, common) {
    const title = common.name ? `Data validation — ${escapeText(common.name)}` : 'Data validation';
    const problems = result.checks.filter((c) => c.status in PROBLEM_ORDER).sort((a, b) => PROBLEM_ORDER[a.status] - PROBLEM_ORDER[b.status]);
    const passed = result.checks.filter((c) => !(c.status in PROBLEM_ORDER));
    const multiple = result.files.length > 1;
    return blocks(verdictLine(title, result.verdict, summaryLine(result)), result.inferredSchema ? inferredNote(result) : undefined, gatesTable(result.gates), problems.length > 0 ? blocks(heading(3, 'Problems'), problemsTable(problems, multiple)) : undefined, passed.length > 0 ? details(`${passed.length} checks passed or skipped`, passedTable(passed, multiple)) : undefined, ...result.files.map((f) => profileSection(f.file, f.rows, f.profile, multiple)), details('Schema', `- schema: ${escapeText(result.schemaSource)}\n- files: ${result.files.map((f) => code(f.file)).join(', ')}`));
}
function summaryLine(result) {
    const count = (s) => result.checks.filter((c) => c.status === s).length;
    const parts = [`${count('fail')} of ${result.checks.length} checks failed`];
    if (count('warn') > 0)
        parts.push(`${count('warn')} warned`);
    if (count('error') > 0)
        parts.push(`${count('error')} could not be computed`);
    const files = result.files.length > 1 ? ` in ${result.files.length} files` : ` · ${code(result.files[0].file)}`;
    return `${parts.join(', ')} · ${formatCount(result.rows)} rows${files}`;
}
function inferredNote(result) {
    return `Schema ${escapeText(result.schemaSource)} written to ${code(result.inferredSchema)}: review it, then commit it and pass it as \`schema\`.`;
}
function problemsTable(checks, multiple) {
    const header = [...(multiple ? ['File'] : []), '', 'Column', 'Check', 'Observed', 'Expected', 'Unexpected', 'Examples (row: value)'];
    const rows = checks.map((c) => [
        ...(multiple ? [code(c.file ?? '')] : []),
        statusIcon(c.status),
        c.column === null ? '*table*' : code(c.column),
        c.check,
        escapeText(observed(c)),
        escapeText(c.status === 'error' || c.status === 'skipped' ? (c.reason ?? c.expected) : c.expected),
        unexpected(c),
        examples(c),
    ]);
    return table(header, rows);
}
function passedTable(checks, multiple) {
    const header = [...(multiple ? ['File'] : []), '', 'Column', 'Check', 'Observed', 'Expected'];
    const rows = checks.map((c) => [
        ...(multiple ? [code(c.file ?? '')] : []),
        statusIcon(c.status),
        c.column === null ? '*table*' : code(c.column),
        c.check,
        escapeText(observed(c)),
        escapeText(c.status === 'skipped' ? `skipped: ${c.reason ?? ''}` : c.expected),
    ]);
    return table(header, rows);
}
function observed(c) {
    if (c.observed === null)
        return '—';
    return typeof c.observed === 'number' ? formatNumber(c.observed) : c.observed;
}
function unexpected(c) {
    if (c.unexpectedCount === null)
        return '—';
    const share = c.unexpectedFraction !== null ? ` (${formatPercent(c.unexpectedFraction)})` : '';
    const mostly = c.mostly !== null && c.mostly < 1 ? `, mostly ${formatNumber(c.mostly)}` : '';
    return `${formatCount(c.unexpectedCount)}${share}${mostly}`;
}
function examples(c) {
    if (c.unexpectedRows.length === 0)
        return '';
    const shown = c.unexpectedRows.slice(0, EXAMPLES_SHOWN).map((row, i) => `${row}: ${code(String(c.examples[i] ?? ''))}`);
    const more = (c.unexpectedCount ?? 0) > EXAMPLES_SHOWN ? ' …' : '';
    return `${shown.join(', ')}${more}`;
}
function profileSection(file, rows, profile, multiple) {
    const body = table(['Column', 'Type', 'Nulls', 'Distinct', 'Min', 'Max', 'Distribution'], profile.map((p) => [
        code(p.name),
        p.loadedType !== 'string' || p.type === 'string' || p.type === 'category' ? p.type : `${p.type} (read as text)`,
        p.nulls > 0 ? `${formatCount(p.nulls)} (${formatPercent(p.nullFraction)})` : '0',
        formatCount(p.distinct),
        bound(p.min),
        bound(p.max),
        p.histogram ? code(sparkline(p.histogram.counts)) : p.topValues ? escapeText(p.topValues.slice(0, 3).map((t) => `${t.value} (${t.count})`).join(', ')) : '',
    ]), ['l', 'l', 'r', 'r', 'r', 'r', 'l']);
    const label = multiple ? `Profile of ${code(file)} (${formatCount(rows)} rows)` : `Column profile (${formatCount(rows)} rows)`;
    return details(label, body);
}
function bound(value) {
    if (value === null)
        return '—';
    return typeof value === 'number' ? formatNumber(value) : escapeText(value);
}

;// CONCATENATED MODULE: ./src/actions/validate-data/main.ts
/** validate-data: a dataset (or several) checked against a schema → findings with rows → gates → report. */










const COLUMN_FIELDS = ['null_fraction', 'nulls', 'distinct', 'invalid'];
const VALIDATE_DATA_GATES = {
    metrics: ['failed_checks', 'warned_checks', 'error_checks', 'rows'],
    fields: [],
    patterns: [{ pattern: new RegExp(`^.+\\.(${COLUMN_FIELDS.join('|')})$`), describe: `<column>.${COLUMN_FIELDS.join('|')}` }],
};
const validateData = {
    name: 'validate-data',
    title: 'Data validation',
    description: 'Checks a dataset against a schema (declared, or inferred from a reference): columns, types, nulls, ranges, allowed values, patterns, uniqueness, row counts — naming every offending row.',
    inputs: VALIDATE_DATA_INPUTS,
    outputs: [
        { name: 'failed-checks', description: 'How many checks failed.' },
        { name: 'rows', description: 'Rows validated (all files).' },
    ],
    outputDefaults: { 'failed-checks': '0', rows: '0' },
    configure(reader) {
        const config = readValidateDataConfig(reader);
        checkGateSubjects(config.gates, VALIDATE_DATA_GATES);
        return config;
    },
    async execute(config, { logger }) {
        if (config.inferSchema)
            return inferAndWrite(config);
        const { schema, source } = await resolveSchema(config);
        const loadOptions = withNullValues(loadOptionsFor(schema), config.nullValues);
        const reference = config.schema && config.reference ? await loadTable(config.reference, loadOptions) : undefined;
        const paths = expandFileInput(config.data);
        const files = [];
        const checks = [];
        for (const path of paths) {
            const table = await loadTable(path, loadOptions);
            const validation = validateTable(table, schema, { reference });
            logger.info(`validate-data: ${path}: ${table.rowCount} rows, ${validation.checks.filter((c) => c.status === 'fail').length} failed checks`);
            files.push({ file: path, rows: validation.rows, columns: validation.columns, profile: validation.profile });
            checks.push(...validation.checks.map((c) => (paths.length > 1 ? { ...c, file: path } : c)));
        }
        return finish(config, { rows: files.reduce((n, f) => n + f.rows, 0), columns: files[0].columns, checks, files, schemaSource: source, inferredSchema: null });
    },
    render: (result, _config, common) => renderValidateData(result, common),
    outputValues: (result) => ({ 'failed-checks': String(result.checks.filter((c) => c.status === 'fail').length), rows: String(result.rows) }),
};
function finish(config, findings) {
    const gates = evaluateGates(config.gates, VALIDATE_DATA_GATES, (metric, _field, subject) => resolveGate(findings, metric, subject));
    const statuses = [...findings.checks.map((c) => c.status), ...countedStatuses(gates, config.gates, { inconclusive: 'fail' })];
    return { schemaVersion: 1, action: 'validate-data', verdict: verdictOf(statuses), gates, ...findings };
}
function resolveGate(findings, metric, subject) {
    const count = (status) => findings.checks.filter((c) => c.status === status).length;
    if (metric === 'failed_checks')
        return { observed: count('fail') };
    if (metric === 'warned_checks')
        return { observed: count('warn') };
    if (metric === 'error_checks')
        return { observed: count('error') };
    if (metric === 'rows')
        return { observed: findings.rows };
    const dot = subject.lastIndexOf('.');
    const column = subject.slice(0, dot);
    const field = subject.slice(dot + 1);
    const profiles = findings.files.flatMap((f) => f.profile.filter((p) => p.name === column));
    if (profiles.length === 0)
        return { observed: null, status: 'error', reason: `no column "${column}" in the data` };
    // Across several files: the worst file for a fraction, the sum for counts.
    if (field === 'null_fraction') {
        const fractions = profiles.map((p) => p.nullFraction).filter((v) => v !== null);
        return fractions.length > 0 ? { observed: Math.max(...fractions) } : { observed: null, status: 'skipped', reason: 'no rows' };
    }
    if (field === 'nulls')
        return { observed: profiles.reduce((n, p) => n + p.nulls, 0) };
    if (field === 'invalid')
        return { observed: profiles.reduce((n, p) => n + p.invalid, 0) };
    return { observed: Math.max(...profiles.map((p) => p.distinct)) };
}
async function resolveSchema(config) {
    if (config.schema) {
        let text;
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)(config.schema, 'utf8');
        }
        catch (error) {
            const code = error.code;
            throw new DataError(code === 'ENOENT' ? 'schema file not found' : `schema file cannot be read (${code})`, { file: config.schema });
        }
        return { schema: parseSchema(text, config.schema), source: config.schema };
    }
    const reference = await loadTable(config.reference, { nullValues: config.nullValues });
    return { schema: inferSchema(reference, { nullValues: config.nullValues }), source: `inferred from ${config.reference}` };
}
/** `infer-schema`: write the schema inferred from the reference (or the data) and validate that source against it. */
async function inferAndWrite(config) {
    const source = config.reference ?? expandFileInput(config.data)[0];
    const table = await loadTable(source, { nullValues: config.nullValues });
    const schema = inferSchema(table, { nullValues: config.nullValues });
    const path = config.inferSchema;
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, renderSchemaYaml(schema, { header: inferredSchemaHeader(table) }));
    const reloaded = await loadTable(source, withNullValues(loadOptionsFor(schema), config.nullValues));
    const validation = validateTable(reloaded, schema);
    return finish(config, {
        rows: validation.rows,
        columns: validation.columns,
        checks: validation.checks,
        files: [{ file: source, rows: validation.rows, columns: validation.columns, profile: validation.profile }],
        schemaSource: `inferred from ${source}`,
        inferredSchema: path,
    });
}
function withNullValues(options, extra) {
    return { ...options, nullValues: [...new Set([...options.nullValues, ...extra])] };
}

;// CONCATENATED MODULE: ./src/run/registry.ts


/** Every action the CLI knows, by name. Actions not yet built are absent and say so. */
const ACTIONS = {
    'evaluate-model': evaluateModel,
    'validate-data': validateData,
};

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * `mlgate <action> [--option value …]`: the same flows as the actions, no GitHub needed.
 * Every option is the action input of the same kebab-case name. Exit codes as DESIGN.md:
 * 0 pass, 1 a gate failed, 2 wrong input, 3 our bug.
 */








/** Runs the CLI and returns its exit code (the caller sets process.exitCode). */
async function runCli(argv, io) {
    const logger = streamLogger(io.stderr);
    try {
        const [command, ...rest] = argv;
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout.write(usage());
            return command === undefined ? 2 : 0;
        }
        if (command === '--version') {
            io.stdout.write(`${VERSION}\n`);
            return 0;
        }
        const definition = findAction(command);
        if (rest.includes('--help') || rest.includes('-h')) {
            io.stdout.write(actionUsage(definition));
            return 0;
        }
        const values = parseFlags(rest, inputsFor(definition, 'cli'));
        const { result, markdown, common } = await runDefinition(definition, values, 'cli', { logger, workingDirectory: io.cwd });
        if (common.jsonPath)
            writeText(common.jsonPath, `${JSON.stringify(result, null, 2)}\n`);
        if (common.markdownPath)
            writeText(common.markdownPath, `${markdown}\n`);
        else
            io.stdout.write(`${markdown}\n`);
        return exitCodeOfVerdict(result.verdict);
    }
    catch (error) {
        io.stderr.write(`mlgate: ${describeError(error)}\n`);
        return exitCodeOf(error);
    }
}
const VERSION = '0.1.0';
function findAction(command) {
    const definition = ACTIONS[command];
    if (definition)
        return definition;
    if (ACTION_NAMES.includes(command)) {
        throw new errors_ConfigurationError(`"${command}" is not available in this version yet`);
    }
    const closest = closestName(command, ACTION_NAMES);
    const hint = closest ? ` (did you mean "${closest}"?)` : '';
    throw new errors_ConfigurationError(`unknown command "${command}"${hint}; commands: ${Object.keys(ACTIONS).join(', ')}`);
}
/**
 * `--name value` and `--name=value`; a boolean input may stand alone (`--flag` means true).
 * A repeated list option accumulates (`--gates "a" --gates "b"`).
 */
function parseFlags(args, specs) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const values = {};
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        if (!arg.startsWith('--'))
            throw new errors_ConfigurationError(`unexpected argument "${arg}" (options are written --name value)`);
        const eq = arg.indexOf('=');
        const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        const spec = byName.get(name);
        if (!spec) {
            const closest = closestName(name, [...byName.keys()]);
            const hint = closest ? ` (did you mean "--${closest}"?)` : '';
            throw new errors_ConfigurationError(`unknown option "--${name}"${hint}; run with --help for the options`);
        }
        let value;
        if (eq > 0)
            value = arg.slice(eq + 1);
        else if (spec.kind === 'boolean' && (i + 1 >= args.length || args[i + 1].startsWith('--')))
            value = 'true';
        else if (i + 1 < args.length)
            value = args[++i];
        else
            throw new errors_ConfigurationError(`option "--${name}" needs a value`);
        const repeatable = spec.kind === 'list' || spec.kind === 'gates';
        values[name] = repeatable && values[name] !== undefined ? `${values[name]}\n${value}` : value;
    }
    return values;
}
function writeText(path, text) {
    (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(path, text);
}
function usage() {
    const lines = Object.values(ACTIONS).map((d) => `  ${d.name.padEnd(18)} ${d.description}`);
    return [
        'usage: mlgate <command> [--option value …]',
        '',
        'commands:',
        ...lines,
        '',
        'Every option is the action input of the same name; `mlgate <command> --help` lists them.',
        'Exit codes: 0 pass, 1 a gate failed, 2 wrong input or data, 3 internal error.',
        '',
    ].join('\n');
}
function actionUsage(definition) {
    const lines = inputsFor(definition, 'cli').map((s) => {
        const def = s.default !== undefined ? ` (default: ${s.default})` : '';
        const allowed = s.allowed ? ` [${s.allowed.join('|')}]` : '';
        return `  --${s.name}${allowed}\n      ${s.description}${def}${s.required ? ' (required)' : ''}`;
    });
    return [`usage: mlgate ${definition.name} [--option value …]`, '', definition.description, '', 'options:', ...lines, ''].join('\n');
}

;// CONCATENATED MODULE: ./src/cli-main.ts
// Entry of the bundled CLI (dist/cli/index.js); bin/mlgate.js loads it.
// (No top-level await: the bundler's parser does not take it in an entry file.)

void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() }).then((code) => {
    process.exitCode = code;
});

