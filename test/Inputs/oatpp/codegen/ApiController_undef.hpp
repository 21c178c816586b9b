// Mock of oatpp's endpoint macro removal for aiact-check tests.
#undef BODY_STRING
#undef PATH
#undef QUERY
#undef HEADER
#undef REQUEST
#undef ENDPOINT
