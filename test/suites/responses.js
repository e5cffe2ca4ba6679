QUnit.module('responses');
