QUnit.module('request');
